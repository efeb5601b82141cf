package org.northstar.scene;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.emf.ecore.EObject;
import org.northstar.core.check.Problem;
import org.northstar.scene.layout.MetricTreeGraph;
import org.northstar.scene.layout.TreeLayout;
import org.northstar.core.rules.Severity;
import org.northstar.metrics.Evidence;
import org.northstar.metrics.MetricStatus;
import org.northstar.model.Input;
import org.northstar.model.NamedElement;
import org.northstar.model.Product;
import org.northstar.model.Team;

/**
 * Builds the scene of one product's tree: nodes sized by the text measurer, laid out by the one
 * layout engine, then turned into boxes, texts, edges and badges.
 */
public final class TreeScene {

	private final TextMeasurer measurer = new TextMeasurer();
	private final Function<EObject, List<Problem>> problems;
	private final Function<EObject, String> keys;
	private final Predicate<EObject> collapsed;
	private final SceneFigures figures;
	private final Map<EObject, NodeContent> contents = new IdentityHashMap<>();

	/** @param problems the problems reported on an element (not on its children), for its badge */
	public TreeScene(Function<EObject, List<Problem>> problems) {
		this(problems, element -> element instanceof NamedElement named ? named.getName() : null, element -> false);
	}

	/**
	 * @param problems the problems reported on an element (not on its children), for its badge
	 * @param keys what a box says its element is ({@link Scene.Box#element()}), e.g. its qualified name
	 * @param collapsed the elements whose subtrees are folded away: they show how many elements they hide
	 */
	public TreeScene(Function<EObject, List<Problem>> problems, Function<EObject, String> keys, Predicate<EObject> collapsed) {
		this(problems, keys, collapsed, SceneFigures.NONE);
	}

	/**
	 * @param figures the figures drawn on the nodes (value, trend, status, sparkline) and edges (r);
	 *            {@link SceneFigures#NONE} draws none
	 */
	public TreeScene(Function<EObject, List<Problem>> problems, Function<EObject, String> keys, Predicate<EObject> collapsed,
			SceneFigures figures) {
		this.problems = problems;
		this.keys = keys;
		this.collapsed = collapsed;
		this.figures = figures;
	}

	public Scene of(Product product) {
		MetricTreeGraph tree = MetricTreeGraph.of(product, element -> {
			NodeContent content = contents.computeIfAbsent(element, e -> NodeContent.of(e, measurer, figures));
			return new double[] { NodeContent.WIDTH, content.height(measurer) };
		}, collapsed);
		TreeLayout.apply(tree.graph());
		Map<EObject, List<EObject>> children = MetricTreeGraph.childrenOf(product);
		List<Scene.Box> boxes = new ArrayList<>();
		List<Scene.Text> texts = new ArrayList<>();
		List<Scene.Badge> badges = new ArrayList<>();
		List<Scene.Mark> marks = new ArrayList<>();
		for (EObject element : tree.elements()) {
			ElkNode node = tree.nodeOf(element);
			NodeContent content = contents.get(element);
			boxes.add(new Scene.Box(keys.apply(element), node.getX(), node.getY(), node.getWidth(), node.getHeight(), content.fill(),
					content.stroke(), content.accent()));
			addTexts(content, node, texts, marks);
			addTeamBadges(content, node, badges);
			addProblemBadge(problems.apply(element), node.getX(), node.getY(), node.getWidth(), badges);
			if (collapsed.test(element)) {
				addHiddenBadge(MetricTreeGraph.descendants(children, element), node, badges);
			}
		}
		List<Scene.Edge> edges = tree.links().stream().map(link -> edge(link, tree)).toList();
		ElkNode graph = tree.graph();
		return new Scene(graph.getWidth(), graph.getHeight(), boxes, edges, texts, badges, marks);
	}

	private void addTexts(NodeContent content, ElkNode node, List<Scene.Text> texts, List<Scene.Mark> marks) {
		double x = node.getX() + NodeContent.PADDING;
		double y = node.getY() + NodeContent.PADDING;
		texts.add(new Scene.Text(x, y + measurer.ascent(NodeContent.TITLE_SIZE), content.title(), NodeContent.TITLE_SIZE, true,
				content.ink()));
		y += measurer.lineHeight(NodeContent.TITLE_SIZE);
		if (content.figures() != null) {
			new FigureMarks(measurer, content.figures(), content.ink()).add(node.getX(), node.getY(), node.getWidth(), node.getHeight(), y,
					texts, marks);
			y += FigureRow.height(measurer);
		}
		for (String line : content.description()) {
			texts.add(new Scene.Text(x, y + measurer.ascent(NodeContent.TEXT_SIZE), line, NodeContent.TEXT_SIZE, false,
					content.ink()));
			y += measurer.lineHeight(NodeContent.TEXT_SIZE);
		}
		texts.add(new Scene.Text(x, y + measurer.ascent(NodeContent.DETAIL_SIZE), content.detail(), NodeContent.DETAIL_SIZE,
				false, content.ink().equals(Palette.PAPER) ? "#e0e1dd" : Palette.MUTED));
	}

	private void addTeamBadges(NodeContent content, ElkNode node, List<Scene.Badge> badges) {
		double x = node.getX() + NodeContent.PADDING;
		double y = node.getY() + node.getHeight() - NodeContent.PADDING - NodeContent.BADGE_HEIGHT;
		for (String team : content.teams()) {
			double width = measurer.width(team, false, NodeContent.DETAIL_SIZE) + 12;
			badges.add(new Scene.Badge(x, y, width, NodeContent.BADGE_HEIGHT, "#dde5f4", team, "owned by " + team));
			x += width + 4;
		}
	}

	/** Worst severity and count, on the top right corner of the box at (x, y). */
	private void addProblemBadge(List<Problem> found, double x, double y, double boxWidth, List<Scene.Badge> badges) {
		if (found.isEmpty()) {
			return;
		}
		Severity worst = found.stream().map(Problem::severity).max(Enum::compareTo).orElseThrow();
		String count = String.valueOf(found.size());
		double width = Math.max(NodeContent.BADGE_HEIGHT, measurer.width(count, true, NodeContent.DETAIL_SIZE) + 10);
		String tooltip = String.join("\n", found.stream().map(p -> "[" + p.ruleId() + "] " + p.message()).toList());
		badges.add(new Scene.Badge(x + boxWidth - width / 2 - 4, y - NodeContent.BADGE_HEIGHT / 2,
				width, NodeContent.BADGE_HEIGHT, Palette.of(worst), count, tooltip));
	}

	private void addHiddenBadge(int hidden, ElkNode node, List<Scene.Badge> badges) {
		if (hidden == 0) {
			return;
		}
		String text = "+" + hidden;
		double width = measurer.width(text, true, NodeContent.DETAIL_SIZE) + 12;
		badges.add(new Scene.Badge(node.getX() + (node.getWidth() - width) / 2, node.getY() + node.getHeight() - NodeContent.BADGE_HEIGHT / 2,
				width, NodeContent.BADGE_HEIGHT, Palette.COLLAPSED, text, hidden + (hidden == 1 ? " element is" : " elements are") + " folded away"));
	}

	/** The teams of a file as a row of small boxes, for editors that create and edit teams. */
	public Scene teams(List<Team> teams) {
		List<Scene.Box> boxes = new ArrayList<>();
		List<Scene.Text> texts = new ArrayList<>();
		List<Scene.Badge> badges = new ArrayList<>();
		double x = 0;
		double height = measurer.lineHeight(NodeContent.TITLE_SIZE) + 2 * NodeContent.PADDING;
		for (Team team : teams) {
			String name = team.getName() == null ? "?" : team.getName();
			double width = Math.max(80, measurer.width(name, true, NodeContent.TITLE_SIZE) + 2 * NodeContent.PADDING + 8);
			boxes.add(new Scene.Box(keys.apply(team), x, 0, width, height, "#dde5f4", "#2b4c7e", "#2b4c7e"));
			texts.add(new Scene.Text(x + NodeContent.PADDING + 4, NodeContent.PADDING + measurer.ascent(NodeContent.TITLE_SIZE), name,
					NodeContent.TITLE_SIZE, true, Palette.INK));
			addProblemBadge(problems.apply(team), x, 0, width, badges);
			x += width + 12;
		}
		return new Scene(Math.max(0, x - 12), teams.isEmpty() ? 0 : height, boxes, List.of(), texts, badges);
	}

	private Scene.Edge edge(MetricTreeGraph.Link link, MetricTreeGraph tree) {
		List<Scene.Point> points = new ArrayList<>();
		if (!link.edge().getSections().isEmpty()) {
			ElkEdgeSection section = link.edge().getSections().get(0);
			points.add(new Scene.Point(section.getStartX(), section.getStartY()));
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(new Scene.Point(bend.getX(), bend.getY()));
			}
			points.add(new Scene.Point(section.getEndX(), section.getEndY()));
		} else {
			ElkNode from = tree.nodeOf(link.parent());
			ElkNode to = tree.nodeOf(link.child());
			points.add(new Scene.Point(from.getX() + from.getWidth() / 2, from.getY() + from.getHeight()));
			points.add(new Scene.Point(to.getX() + to.getWidth() / 2, to.getY()));
		}
		String label = link.child() instanceof Input input ? Palette.sign(input.isSetRelation() ? input.getRelation() : null) + r(input)
				: null;
		return new Scene.Edge(points, Palette.EDGE, label);
	}

	/** r with the parent, after the relation's sign, when the figures have it. */
	private String r(Input input) {
		return figures.of(input).map(MetricStatus::r).filter(Evidence.Fit::known)
				.map(fit -> String.format(Locale.ROOT, "  r %.2f", fit.value())).orElse("");
	}
}
