package org.northstar.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.northstar.model.Dimension;
import org.northstar.model.Direction;
import org.northstar.model.Game;
import org.northstar.model.Guardrail;
import org.northstar.model.Input;
import org.northstar.model.Kpi;
import org.northstar.model.NamedElement;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarFactory;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;
import org.northstar.model.Relation;
import org.northstar.model.Team;
import org.northstar.model.Window;
import org.northstar.model.WorkStream;

/**
 * One product's North Star tree of exactly {@code nodes} nodes, in memory, the same for every run
 * (a seeded random): a North Star with a few inputs, their sub-inputs breadth first down to depth 3
 * (small trees) or 4, each parent with a varying number of children, guardrails, KPIs, work streams
 * under inputs, owners (some inputs two), and descriptions from none to three lines long so that
 * node heights differ.
 */
final class TreeGenerator {

	private static final String[] WORDS = ("active teams complete invoices paid on time within the first week after"
			+ " signing up for a plan and inviting colleagues who return to share reports with their clients each"
			+ " month while the workspace stays fast and reliable").split(" ");
	private static final int TEAMS = 12;

	private final NorthStarFactory factory = NorthStarFactory.eINSTANCE;
	private final Random random = new Random(20261123);
	private final List<Team> teams = new ArrayList<>();
	private final List<Input> inputs = new ArrayList<>();
	private int names;

	private TreeGenerator() {
	}

	static Product product(int nodes) {
		return new TreeGenerator().generate(nodes);
	}

	private Product generate(int nodes) {
		NorthStarModel model = factory.createNorthStarModel();
		model.setName("bench.tree");
		for (int t = 0; t < TEAMS; t++) {
			Team team = factory.createTeam();
			team.setName("Team" + t);
			model.getElements().add(team);
			teams.add(team);
		}
		Product product = factory.createProduct();
		product.setName("Tree" + nodes);
		product.setValueStatement(sentence(12));
		product.setGame(Game.PRODUCTIVITY);
		model.getElements().add(product);
		NorthStar northStar = factory.createNorthStar();
		named(northStar, "Completed", 8);
		northStar.setUnit("tasks");
		northStar.setWindow(Window.WEEKLY);
		product.getMembers().add(northStar);
		int guardrails = Math.max(2, nodes / 400);
		int kpis = Math.max(1, nodes / 1000);
		int workStreams = Math.max(2, nodes / 12);
		int budget = nodes - 2 - guardrails - kpis - workStreams;
		int depth = nodes < 500 ? 3 : 4;
		addInputs(product, budget, depth);
		for (int g = 0; g < guardrails; g++) {
			Guardrail guardrail = factory.createGuardrail();
			named(guardrail, "Guardrail", 6);
			guardrail.setDirection(Direction.LOWER);
			guardrail.setThreshold(BigDecimal.valueOf(2.5));
			guardrail.setWindow(Window.MONTHLY);
			product.getMembers().add(guardrail);
		}
		for (int k = 0; k < kpis; k++) {
			Kpi kpi = factory.createKpi();
			named(kpi, "Kpi", 3);
			kpi.setFollows(northStar);
			product.getMembers().add(kpi);
		}
		for (int w = 0; w < workStreams; w++) {
			WorkStream workStream = factory.createWorkStream();
			named(workStream, "Stream", 10);
			workStream.setTeam(teams.get(random.nextInt(TEAMS)));
			workStream.setTarget(inputs.get(random.nextInt(inputs.size())));
			product.getMembers().add(workStream);
		}
		return product;
	}

	/** The inputs level by level, each parent with a varying number of children, until the budget is spent. */
	private void addInputs(Product product, int budget, int depth) {
		int top = Math.min(5, budget);
		int fanOut = fanOut(budget, top, depth);
		List<Input> level = new ArrayList<>();
		for (int i = 0; i < top; i++) {
			Input input = input();
			product.getMembers().add(input);
			level.add(input);
		}
		int left = budget - top;
		for (int d = 1; d < depth && left > 0; d++) {
			List<Input> next = new ArrayList<>();
			for (Input parent : level) {
				int children = Math.min(left, fanOut / 2 + random.nextInt(fanOut + 1));
				for (int c = 0; c < children; c++) {
					Input sub = input();
					parent.getInputs().add(sub);
					next.add(sub);
				}
				left -= children;
			}
			level = next;
		}
		// what the levels could not take goes to the deepest level, so that the count is exact
		for (int i = 0; left > 0; i++, left--) {
			level.get(i % level.size()).getInputs().add(input());
		}
	}

	/** The smallest fan-out for which {@code top} inputs with {@code depth} levels reach the budget. */
	private static int fanOut(int budget, int top, int depth) {
		for (int fanOut = 1;; fanOut++) {
			int total = 0;
			for (int d = 0, width = top; d < depth; d++, width *= fanOut) {
				total += width;
			}
			if (total >= budget) {
				return fanOut;
			}
		}
	}

	private Input input() {
		Input input = factory.createInput();
		named(input, "Input", 24);
		input.setUnit("tasks");
		input.setWindow(Window.WEEKLY);
		input.setDimension(Dimension.get(random.nextInt(Dimension.VALUES.size())));
		input.setRelation(Relation.get(random.nextInt(Relation.VALUES.size())));
		input.getOwners().add(teams.get(random.nextInt(TEAMS)));
		if (random.nextInt(8) == 0) {
			input.getOwners().add(teams.get(random.nextInt(TEAMS)));
		}
		inputs.add(input);
		return input;
	}

	/** A unique name and a description of up to {@code maxWords} words (none for about one in six). */
	private void named(NamedElement element, String prefix, int maxWords) {
		element.setName(prefix + names++);
		if (random.nextInt(6) > 0) {
			element.setDescription(sentence(1 + random.nextInt(maxWords)));
		}
	}

	private String sentence(int words) {
		StringBuilder text = new StringBuilder();
		int start = random.nextInt(WORDS.length);
		for (int w = 0; w < words; w++) {
			text.append(w == 0 ? "" : " ").append(WORDS[(start + w) % WORDS.length]);
		}
		return text.toString();
	}
}
