package org.northstar.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.northstar.metrics.tests.Trees.metric;
import static org.northstar.metrics.tests.Trees.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.metrics.Calculator;
import org.northstar.metrics.Evidence;
import org.northstar.metrics.MetricStatus;
import org.northstar.metrics.Movers;
import org.northstar.metrics.ProductStatus;
import org.northstar.metrics.Sensitivity;
import org.northstar.metrics.Status;
import org.northstar.model.Product;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/**
 * The dashboard of a product, computed by hand. Four weeks from 2026-W01 (ends 2026-01-04);
 * targets due 2026-03-15, 70 days after the first week's end, so the line at the end of
 * 2026-W04 (2026-01-25, 21 days on) has covered 30 % of the way.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class StatusTest {

	private static final String MODEL = """
			product P {
			    northstar N { formula A * B  target 200 by 2026-03-15 }
			    kpi K { follows N }
			    guardrail G { direction lower threshold 5 }
			    input A { relation multiplicative target 15 by 2026-03-15 }
			    input B { relation multiplicative direction lower target 5 by 2026-03-15 }
			}""";

	@Inject
	private Trees trees;

	private Product product;
	private Calculator calculator;

	@BeforeEach
	void data() {
		product = trees.product(MODEL);
		calculator = new Calculator(Trees.weekly("2026-W01", "N", new double[] { 100, 110, 120, 125 },
				"A", new double[] { 10, 11, 12, 13 }, "B", new double[] { 10, 10, 10, 9.6 }, "G", new double[] { 4, 4.5, 5.5 }));
	}

	@Test
	void northStarFirstThenInputsGuardrailsKpis() {
		ProductStatus status = ProductStatus.of(product, calculator, null);
		assertEquals(period("2026-W04"), status.period());
		assertEquals(List.of("N", "A", "B", "G", "K"), status.metrics().stream().map(s -> s.metric().getName()).toList());
	}

	@Test
	void valueChangeTargetAchievedAndStatusOfTheLatestWeek() {
		ProductStatus status = ProductStatus.of(product, calculator, null);
		MetricStatus n = status.of(metric(product, "N")).orElseThrow();
		assertEquals(125, n.value());
		assertEquals(120, n.previous());
		assertEquals(5, n.change());
		assertEquals(100 * 5 / 120.0, n.changePercent(), 1e-9);
		assertEquals(200, n.target());
		assertEquals(LocalDate.of(2026, 3, 15), n.targetDate());
		assertEquals(62.5, n.achieved(), 1e-9);
		// the line stands at 100 + 0.3 * 100 = 130; 5 behind is within a tenth of the way (10)
		assertEquals(Status.AT_RISK, n.status());
		assertEquals(4, n.series().size());
	}

	@Test
	void onTrackOffTrackAndALowerIsBetterTarget() {
		ProductStatus status = ProductStatus.of(product, calculator, null);
		// A: line 10 + 0.3 * 5 = 11.5, at 13: ahead
		MetricStatus a = status.of(metric(product, "A")).orElseThrow();
		assertEquals(Status.ON_TRACK, a.status());
		assertEquals(100 * 13 / 15.0, a.achieved(), 1e-9);
		// B (lower): line 10 - 0.3 * 5 = 8.5, at 9.6: 1.1 behind, more than a tenth of 5
		MetricStatus b = status.of(metric(product, "B")).orElseThrow();
		assertEquals(Status.OFF_TRACK, b.status());
		assertEquals(100 * 5 / 9.6, b.achieved(), 1e-9);
	}

	@Test
	void aGuardrailPastItsThresholdIsBreachedAsOfItsLatestValue() {
		MetricStatus g = ProductStatus.of(product, calculator, null).of(metric(product, "G")).orElseThrow();
		assertEquals(Status.BREACHED, g.status());
		assertEquals(period("2026-W03"), g.period());
		assertEquals(5.5, g.value());
		MetricStatus before = ProductStatus.of(product, calculator, period("2026-W02")).of(metric(product, "G")).orElseThrow();
		assertEquals(Status.OK, before.status());
	}

	@Test
	void aMetricWithoutDataHasNoData() {
		MetricStatus k = ProductStatus.of(product, calculator, null).of(metric(product, "K")).orElseThrow();
		assertEquals(Status.NO_DATA, k.status());
		assertNull(k.value());
		assertNull(k.change());
	}

	@Test
	void asOfAnEarlierPeriod() {
		MetricStatus n = ProductStatus.of(product, calculator, period("2026-W02")).of(metric(product, "N")).orElseThrow();
		assertEquals(110, n.value());
		assertEquals(100, n.previous());
		assertEquals(10, n.changePercent(), 1e-9);
		assertEquals(2, n.series().size());
	}

	@Test
	void asOfAPeriodOfAnotherLengthCountsThePeriodsOverByItsEnd() {
		// January 2026: every week that ends in it, up to 2026-W04 (ends 2026-01-25)
		assertEquals(125, ProductStatus.of(product, calculator, period("2026-01")).of(metric(product, "N")).orElseThrow().value());
		// 2026-01-20: 2026-W03 ended on the 18th, 2026-W04 is not over
		MetricStatus n = ProductStatus.of(product, calculator, period("2026-01-20")).of(metric(product, "N")).orElseThrow();
		assertEquals(period("2026-W03"), n.period());
		assertEquals(120, n.value());
	}

	@Test
	void evidenceRWithTheParentAndRSquaredOfTheFormula() {
		ProductStatus status = ProductStatus.of(product, calculator, null);
		Evidence.Fit r = status.of(metric(product, "A")).orElseThrow().r();
		assertEquals(0.9897782665572894, r.value(), 1e-12);
		assertEquals(4, r.n());
		// formula 100, 110, 120, 124.8 against 100, 110, 120, 125: 1 - 0.04 / 368.75
		assertEquals(1 - 0.04 / 368.75, status.explained().value(), 1e-12);
		assertNull(status.of(metric(product, "N")).orElseThrow().r());
	}

	@Test
	void anInputThatLeadsItsParentIsCorrelatedWithItsParentsLaterValues() {
		Product led = trees.product("""
				product P {
				    northstar N
				    input Now { relation correlated }
				    input Early { relation correlated lag 2 }
				}""");
		Calculator data = new Calculator(Trees.weekly("2026-W01", "N", new double[] { 5, 5, 10, 30, 20, 40, 10 },
				"Now", new double[] { 10, 30, 20, 40, 10, 0, 0 }, "Early", new double[] { 10, 30, 20, 40, 10, 0, 0 }));
		ProductStatus status = ProductStatus.of(led, data, null);
		// Early's week i pairs with N's week i + 2: (10, 10), (30, 30), (20, 20), (40, 40), (10, 10)
		Evidence.Fit early = status.of(metric(led, "Early")).orElseThrow().r();
		assertEquals(1, early.value(), 1e-12);
		assertEquals(5, early.n());
		Evidence.Fit now = status.of(metric(led, "Now")).orElseThrow().r();
		assertEquals(7, now.n());
		assertTrue(now.value() < 0.5, now::toString);
	}

	@Test
	void moversSinceThePreviousWeekAddUpToTheFormulasChange() {
		List<Movers.Contribution> movers = ProductStatus.of(product, calculator, null).movers();
		// 12 * 10 = 120 -> 13 * 9.6 = 124.8; A: (10 + 9.6) / 2 = 9.8; B: (-4.8 - 5.2) / 2 = -5
		assertEquals(List.of("A", "B"), movers.stream().map(m -> m.term().getName()).toList());
		assertEquals(9.8, movers.get(0).contribution(), 1e-9);
		assertEquals(-5, movers.get(1).contribution(), 1e-9);
	}

	@Test
	void sensitivityMovesTheMeasuredNorthStarByItsFormula() {
		List<Sensitivity.Effect> effects = ProductStatus.of(product, calculator, null).sensitivity();
		// +10 % of A or of B: 13 * 9.6 * 1.1 - 124.8 = 12.48 each
		assertEquals(2, effects.size());
		effects.forEach(effect -> assertEquals(12.48, effect.effect(), 1e-9));
		assertEquals(Map.of("A", 1, "B", 1), Map.of(effects.get(0).term().getName(), 1, effects.get(1).term().getName(), 1));
	}
}
