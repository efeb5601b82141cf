package org.northstar.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.northstar.metrics.tests.Trees.metric;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.metrics.Calculator;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.Sensitivity;
import org.northstar.metrics.Sensitivity.Effect;
import org.northstar.model.Product;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/** The North Star's change for +10 % of each metric of its formula, through sub-formulas, ranked by size. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class SensitivityTest {

	@Inject
	private Trees trees;

	@Test
	void rankedBySizeWithSignThroughSubFormulas() {
		Product product = trees.product("""
				product P {
				    northstar N { formula A * (B + C) - D }
				    input A input B input D
				    input C { formula E / F input E input F }
				}""");
		Calculator calculator = new Calculator(Measurements.none(), Map.of(metric(product, "A"), 10.0,
				metric(product, "B"), 3.0, metric(product, "D"), 5.0, metric(product, "E"), 2.0, metric(product, "F"), 2.0));
		// N = 10 * (3 + 2/2) - 5 = 35. +10 %: A -> 39 (+4), B -> 38 (+3), C -> 36 (+1), E -> C = 1.1 -> 36 (+1),
		// F -> C = 2/2.2 -> 10 * 3.90909.. - 5 (-0.90909..), D -> 34.5 (-0.5)
		List<Effect> effects = Sensitivity.of(metric(product, "N"), null, calculator);
		assertEquals(List.of("A", "B", "C", "E", "F", "D"), effects.stream().map(e -> e.term().getName()).toList());
		double[] expected = { 4, 3, 1, 1, 10 * (3 + 2 / 2.2) - 40, -0.5 };
		for (int i = 0; i < expected.length; i++) {
			assertEquals(expected[i], effects.get(i).effect(), 1e-9, effects.get(i).term().getName());
		}
	}

	@Test
	void aProductOfFourInputsGivesEachTheSameTenPercent() {
		Product product = trees.product("""
				product P {
				    northstar N { formula A * B * C / D }
				    input A input B input C input D
				}""");
		Calculator calculator = new Calculator(Measurements.none(), Map.of(metric(product, "A"), 1200.0,
				metric(product, "B"), 3.0, metric(product, "C"), 0.5, metric(product, "D"), 4.0));
		assertEquals(450, calculator.value(metric(product, "N"), null).number(), 1e-9);
		List<Effect> effects = Sensitivity.of(metric(product, "N"), null, calculator);
		// x 1.1 for A, B, C: +45 each; D / 1.1: 450 / 1.1 - 450 = -40.909..
		assertEquals(List.of("A", "B", "C", "D"), effects.stream().map(e -> e.term().getName()).toList());
		assertEquals(45, effects.get(0).effect(), 1e-9);
		assertEquals(450 / 1.1 - 450, effects.get(3).effect(), 1e-9);
	}

	@Test
	void aNorthStarWithoutFormulaHasNoSensitivity() {
		Product product = trees.product("product P { northstar N input A }");
		Calculator calculator = new Calculator(Measurements.none(), Map.of(metric(product, "N"), 1.0, metric(product, "A"), 1.0));
		assertEquals(List.of(), Sensitivity.of(metric(product, "N"), null, calculator));
	}
}
