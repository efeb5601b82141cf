package org.northstar.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.northstar.metrics.tests.Trees.metric;
import static org.northstar.metrics.tests.Trees.period;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.metrics.Calculator;
import org.northstar.metrics.Evidence;
import org.northstar.metrics.MetricStatus;
import org.northstar.metrics.Movers;
import org.northstar.metrics.Period;
import org.northstar.metrics.ProductStatus;
import org.northstar.metrics.Series;
import org.northstar.model.Product;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/**
 * Regression tests for what the evaluator's fuzz target (releng/scripts/fuzz/EvaluatorFuzz.java)
 * found: values near the largest double whose change, ratio or sums of squares overflowed to
 * Infinity or NaN on the dashboard, and a negative lag that threw out of {@code Evidence}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class ExtremeValuesTest {

	private static final double MAX = Double.MAX_VALUE;

	@Inject
	private Trees trees;

	@Test
	void aChangeTooLargeForADoubleIsNoFigureNotInfinity() {
		Product product = trees.product("""
				product P {
				    northstar N { formula A + B }
				    input A { relation additive }
				    input B { relation additive }
				}""");
		Calculator calculator = new Calculator(Trees.weekly("2026-W01", "A", new double[] { -MAX, MAX }, "B", new double[] { 0, 0 }));
		ProductStatus status = ProductStatus.of(product, calculator, null);
		MetricStatus a = status.of(metric(product, "A")).orElseThrow();
		assertEquals(MAX, a.value());
		assertEquals(-MAX, a.previous());
		assertNull(a.change(), "MAX - (-MAX) overflows");
		assertNull(a.changePercent());
		// the Shapley contribution of A would be MAX - (-MAX): no movers rather than Infinity
		assertEquals(List.of(), status.movers());
		assertEquals(List.of(), Movers.between(metric(product, "N"), period("2026-W01"), period("2026-W02"), calculator));
	}

	@Test
	void anAchievementTooLargeForADoubleIsNoFigure() {
		Product product = trees.product("""
				product P {
				    northstar N { target 0.000000000001 by 2027-01-01 }
				}""");
		Calculator calculator = new Calculator(Trees.weekly("2026-W01", "N", new double[] { 1e300, 2e300 }));
		MetricStatus n = ProductStatus.of(product, calculator, null).of(metric(product, "N")).orElseThrow();
		assertEquals(1e-12, n.target());
		assertNull(n.achieved(), "100 * 2e300 / 1e-12 overflows");
		assertEquals(100.0, n.changePercent(), 1e-9);
	}

	@Test
	void rAndRSquaredOfHugeValuesAreThoseOfTheSameValuesScaledDown() {
		double[] x = { 1, 2, 3, 5, 4 };
		double[] y = { 2, 4, 7, 9, 9 };
		List<Period> axis = weeks(x.length);
		Evidence.Fit small = Evidence.correlation(series(axis, x, 1), series(axis, y, 1), 0, axis);
		Evidence.Fit huge = Evidence.correlation(series(axis, x, 1e200), series(axis, y, 1e200), 0, axis);
		assertNotNull(small.value());
		assertEquals(small.value(), huge.value(), 1e-12, "the squares of 1e200 overflowed: r was NaN");
		Evidence.Fit explainedSmall = Evidence.explained(series(axis, y, 1), series(axis, x, 2));
		Evidence.Fit explainedHuge = Evidence.explained(series(axis, y, 1e300), series(axis, x, 2e300));
		assertNotNull(explainedSmall.value());
		assertEquals(explainedSmall.value(), explainedHuge.value(), 1e-12, "R² was -Infinity");
	}

	@Test
	void aNegativeLagLetsTheParentLeadInsteadOfThrowing() {
		double[] x = { 1, 2, 3, 5, 4, 6 };
		double[] y = { 2, 1, 4, 7, 9, 8 };
		List<Period> axis = weeks(x.length);
		Evidence.Fit parentLeads = Evidence.correlation(series(axis, x, 1), series(axis, y, 1), -1, axis);
		Evidence.Fit inputLeads = Evidence.correlation(series(axis, y, 1), series(axis, x, 1), 1, axis);
		assertEquals(x.length - 1, parentLeads.n());
		assertEquals(inputLeads.value(), parentLeads.value(), 1e-15);
		assertTrue(Math.abs(parentLeads.value()) <= 1);
	}

	private static List<Period> weeks(int count) {
		Period first = period("2026-W01");
		return java.util.stream.IntStream.range(0, count)
				.mapToObj(w -> new Period(Period.Kind.WEEK, first.start().plusWeeks(w))).toList();
	}

	private static Series series(List<Period> axis, double[] values, double scale) {
		Map<Period, Double> series = new HashMap<>();
		for (int i = 0; i < values.length; i++) {
			series.put(axis.get(i), values[i] * scale);
		}
		return Series.of(series);
	}
}
