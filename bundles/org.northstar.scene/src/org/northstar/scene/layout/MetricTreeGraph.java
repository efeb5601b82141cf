package org.northstar.scene.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;
import org.northstar.model.Input;
import org.northstar.model.Product;
import org.northstar.model.WorkStream;

/**
 * One product's North Star tree as an ELK graph: the product on top, its North Star below with the
 * guardrails and KPIs beside it, the inputs and their sub-inputs beneath, work streams under the
 * input they target. Each node stands for one model element.
 */
public final class MetricTreeGraph {

	/** The size of a node when nobody measured its text. */
	public static final double[] DEFAULT_SIZE = { 180, 64 };

	/** An edge from a parent element to a child element. */
	public record Link(EObject parent, EObject child, ElkEdge edge) {
	}

	private final ElkNode graph = ElkGraphUtil.createGraph();
	// EObjects compare by identity; the order is the order nodes were made in (parents first)
	private final Map<EObject, ElkNode> nodes = new LinkedHashMap<>();
	private final List<Link> links = new ArrayList<>();
	private final Function<EObject, double[]> sizes;

	private MetricTreeGraph(Function<EObject, double[]> sizes) {
		this.sizes = sizes;
	}

	public static MetricTreeGraph of(Product product) {
		return of(product, element -> DEFAULT_SIZE);
	}

	/** The tree with each node sized by {@code sizes} ({width, height}). */
	public static MetricTreeGraph of(Product product, Function<EObject, double[]> sizes) {
		return of(product, sizes, element -> false);
	}

	/**
	 * The tree with each node sized by {@code sizes}, without what hangs below the elements that
	 * {@code collapsed} says are folded away.
	 */
	public static MetricTreeGraph of(Product product, Function<EObject, double[]> sizes, Predicate<EObject> collapsed) {
		MetricTreeGraph tree = new MetricTreeGraph(sizes);
		tree.node(product);
		tree.addBelow(product, childrenOf(product), collapsed);
		return tree;
	}

	/** Depth first, so that elements come in reading order: each parent followed by its subtree. */
	private void addBelow(EObject parent, Map<EObject, List<EObject>> children, Predicate<EObject> collapsed) {
		if (collapsed.test(parent)) {
			return;
		}
		for (EObject child : children.getOrDefault(parent, List.of())) {
			link(parent, child);
			addBelow(child, children, collapsed);
		}
	}

	/**
	 * Who hangs under whom in the tree of a product, in model order: the North Star, the guardrails and
	 * the KPIs under the product, so that they stand in one row, the guard and the business result beside
	 * the metric they pair with; inputs under the North Star (the product when it has none); sub-inputs
	 * under their input; work streams under the input they target.
	 */
	public static Map<EObject, List<EObject>> childrenOf(Product product) {
		Map<EObject, List<EObject>> children = new LinkedHashMap<>();
		EObject top = product.getNorthStars().isEmpty() ? product : product.getNorthStars().get(0);
		product.getNorthStars().forEach(northStar -> add(children, product, northStar));
		Set<EObject> inputs = new HashSet<>();
		product.getInputs().forEach(input -> addInput(children, top, input, inputs));
		product.getGuardrails().forEach(guardrail -> add(children, product, guardrail));
		product.getKpis().forEach(kpi -> add(children, product, kpi));
		for (WorkStream workStream : product.getWorkStreams()) {
			Input target = workStream.getTarget();
			add(children, target != null && inputs.contains(target) ? target : top, workStream);
		}
		return children;
	}

	/** How many elements hang below {@code element}, at any depth. */
	public static int descendants(Map<EObject, List<EObject>> children, EObject element) {
		int count = 0;
		for (EObject child : children.getOrDefault(element, List.of())) {
			count += 1 + descendants(children, child);
		}
		return count;
	}

	private static void add(Map<EObject, List<EObject>> children, EObject parent, EObject child) {
		children.computeIfAbsent(parent, p -> new ArrayList<>()).add(child);
	}

	private static void addInput(Map<EObject, List<EObject>> children, EObject parent, Input input, Set<EObject> inputs) {
		add(children, parent, input);
		inputs.add(input);
		input.getInputs().forEach(sub -> addInput(children, input, sub, inputs));
	}

	public ElkNode graph() {
		return graph;
	}

	public ElkNode nodeOf(EObject element) {
		return nodes.get(element);
	}

	/** The elements in the order their nodes were made: parents before children. */
	public List<EObject> elements() {
		return List.copyOf(nodes.keySet());
	}

	public List<Link> links() {
		return links;
	}

	public int size() {
		return nodes.size();
	}

	private void link(EObject parent, EObject child) {
		ElkNode childNode = node(child);
		links.add(new Link(parent, child, ElkGraphUtil.createSimpleEdge(nodes.get(parent), childNode)));
	}

	private ElkNode node(EObject element) {
		ElkNode node = ElkGraphUtil.createNode(graph);
		double[] size = sizes.apply(element);
		node.setDimensions(size[0], size[1]);
		nodes.put(element, node);
		return node;
	}
}
