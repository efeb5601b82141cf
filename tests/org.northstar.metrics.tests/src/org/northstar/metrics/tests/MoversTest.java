package org.northstar.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.northstar.metrics.tests.Trees.metric;
import static org.northstar.metrics.tests.Trees.period;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.metrics.Calculator;
import org.northstar.metrics.Movers;
import org.northstar.metrics.Movers.Contribution;
import org.northstar.model.Product;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/** Each formula term's share of the North Star's change (Shapley values): they add up to the change. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class MoversTest {

	@Inject
	private Trees trees;

	@Test
	void shapleyValuesShareTheInteractionAndAddUpToTheChange() {
		Product product = trees.product("product P { northstar N { formula A * B - C } input A input B input C input D }");
		Calculator calculator = new Calculator(Trees.weekly("2026-W10", "A", new double[] { 10, 12 },
				"B", new double[] { 5, 5.5 }, "C", new double[] { 3, 5 }));
		List<Contribution> movers = Movers.between(metric(product, "N"), period("2026-W10"), period("2026-W11"), calculator);
		// N: 10 * 5 - 3 = 47 -> 12 * 5.5 - 5 = 61, a change of 14.
		// A: ((12*5 - 10*5) + (12*5.5 - 10*5.5)) / 2 = (10 + 11) / 2 = 10.5; B: ((10*5.5 - 50) + (66 - 60)) / 2 = 5.5; C: -2
		assertEquals(List.of("A", "B", "C"), movers.stream().map(c -> c.term().getName()).toList());
		assertEquals(10.5, movers.get(0).contribution(), 1e-9);
		assertEquals(5.5, movers.get(1).contribution(), 1e-9);
		assertEquals(-2, movers.get(2).contribution(), 1e-9);
		assertEquals(14, movers.stream().mapToDouble(Contribution::contribution).sum(), 1e-9);
	}

	@Test
	void aTermThatDidNotMoveContributesNothing() {
		Product product = trees.product("product P { northstar N { formula A * B / C } input A input B input C }");
		Calculator calculator = new Calculator(Trees.weekly("2026-W10", "A", new double[] { 10, 20 },
				"B", new double[] { 4, 4 }, "C", new double[] { 2, 1 }));
		List<Contribution> movers = Movers.between(metric(product, "N"), period("2026-W10"), period("2026-W11"), calculator);
		// 20 -> 80; A alone: 20 -> 40 or 40 -> 80 (avg 30); C alone: 20 -> 40 or 40 -> 80 (avg 30); B: 0
		assertEquals(30, movers.get(0).contribution(), 1e-9);
		assertEquals(30, movers.get(1).contribution(), 1e-9);
		assertEquals("B", movers.get(2).term().getName());
		assertEquals(0, movers.get(2).contribution(), 1e-12);
	}

	@Test
	void noMoversWhenATermHasNoValueInEitherPeriod() {
		Product product = trees.product("product P { northstar N { formula A + B } input A input B }");
		Calculator calculator = new Calculator(Trees.weekly("2026-W10", "A", new double[] { 1, 2 }, "B", new double[] { Double.NaN, 2 }));
		assertEquals(List.of(), Movers.between(metric(product, "N"), period("2026-W10"), period("2026-W11"), calculator));
	}
}
