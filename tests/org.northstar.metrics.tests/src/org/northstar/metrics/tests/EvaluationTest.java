package org.northstar.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.northstar.metrics.tests.Trees.metric;
import static org.northstar.metrics.tests.Trees.period;

import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.metrics.Calculator;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.Value;
import org.northstar.model.Metric;
import org.northstar.model.Product;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/** Formulas per period: the four operations, parentheses, unary minus, division by zero, data beside formulas. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class EvaluationTest {

	@Inject
	private Trees trees;

	private Value whatIf(String formula, double a, double b, double c) {
		Product product = trees.product("product P { northstar N { formula " + formula + " } input A input B input C }");
		Calculator calculator = new Calculator(Measurements.none(),
				Map.of(metric(product, "A"), a, metric(product, "B"), b, metric(product, "C"), c));
		return calculator.value(metric(product, "N"), null);
	}

	@Test
	void precedenceParenthesesAndUnaryMinus() {
		assertEquals(10, whatIf("A * B + C", 2, 3, 4).number(), 1e-12);
		assertEquals(18, whatIf("(A + C) * B", 2, 3, 4).number(), 1e-12);
		assertEquals(-2, whatIf("-A * B + C", 2, 3, 4).number(), 1e-12);
		assertEquals(-5, whatIf("A - B - C", 2, 3, 4).number(), 1e-12);
		assertEquals(3, whatIf("A - (B - C)", 2, 3, 4).number(), 1e-12);
		assertEquals(1.5, whatIf("A * B / C", 2, 3, 4).number(), 1e-12);
		assertEquals(8.5, whatIf("100 / 10 - C / 2 * 0.75", 2, 3, 4).number(), 1e-12);
	}

	@Test
	void divisionByAValueThatIsZeroGivesNoValueWithTheReason() {
		Value value = whatIf("A / (B - 3)", 2, 3, 4);
		assertFalse(value.present());
		assertTrue(Double.isNaN(value.number()));
		assertTrue(value.reason().contains("division by zero (B - 3 is 0)"), value::toString);
		assertTrue(whatIf("A / (B - 3)", 2, 5, 4).present());
	}

	@Test
	void aTermWithoutAValueLeavesTheFormulaWithoutOneAndSaysWhich() {
		Product product = trees.product("product P { northstar N { formula A * B } input A input B }");
		Value value = new Calculator(Measurements.none(), Map.of(metric(product, "A"), 2.0)).value(metric(product, "N"), null);
		assertFalse(value.present());
		assertEquals("no data for B", value.reason());
	}

	@Test
	void aMetricWithAFormulaAndNoDataIsComputedPerPeriodThroughSubFormulas() {
		Product product = trees.product("""
				product P {
				    northstar N { formula A * B }
				    input A { formula A1 + A2 input A1 input A2 }
				    input B
				}""");
		Measurements data = Trees.weekly("2026-W01", "A1", new double[] { 10, 20 }, "A2", new double[] { 5, 10 },
				"B", new double[] { 2, 3 });
		Calculator calculator = new Calculator(data);
		assertEquals(30, calculator.value(metric(product, "N"), period("2026-W01")).number(), 1e-12);
		assertEquals(90, calculator.value(metric(product, "N"), period("2026-W02")).number(), 1e-12);
		assertEquals(Map.of(period("2026-W01"), 30.0, period("2026-W02"), 90.0),
				calculator.series(metric(product, "N")).asMap());
	}

	@Test
	void aMetricWithDataAndAFormulaKeepsItsDataAndTheFormulaSeriesBeside() {
		Product product = trees.product("product P { northstar N { formula A * B } input A input B }");
		Measurements data = Trees.weekly("2026-W01", "N", new double[] { 21, 55 }, "A", new double[] { 10, 20 },
				"B", new double[] { 2, 3 });
		Calculator calculator = new Calculator(data);
		Metric n = metric(product, "N");
		assertEquals(Map.of(period("2026-W01"), 21.0, period("2026-W02"), 55.0), calculator.series(n).asMap());
		assertEquals(Map.of(period("2026-W01"), 20.0, period("2026-W02"), 60.0), calculator.computedSeries(n).asMap());
		assertEquals(55, calculator.value(n, period("2026-W02")).number(), 1e-12);
	}

	@Test
	void whatIfMovesAMeasuredMetricByItsFormulasChange() {
		Product product = trees.product("product P { northstar N { formula A * B } input A input B }");
		Measurements data = Trees.weekly("2026-W01", "N", new double[] { 55 }, "A", new double[] { 20 }, "B", new double[] { 3 });
		Calculator whatIf = new Calculator(data).with(metric(product, "A"), 30);
		// measured 55, formula 60 -> 90 under the what-if: 55 + 30
		assertEquals(85, whatIf.value(metric(product, "N"), period("2026-W01")).number(), 1e-12);
	}

	@Test
	void aFormulaThatNamesItselfHasNoValueInsteadOfLoopingForever() {
		Product product = trees.product("product P { northstar N { formula A } input A { formula N + 1 } }");
		Value value = new Calculator(Measurements.none()).value(metric(product, "N"), null);
		assertFalse(value.present());
		assertTrue(value.reason().contains("depends on itself"), value::toString);
	}
}
