package org.northstar.metrics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.northstar.model.Guardrail;
import org.northstar.model.Input;
import org.northstar.model.Kpi;
import org.northstar.model.Metric;
import org.northstar.model.NorthStar;
import org.northstar.model.Product;
import org.northstar.model.Target;

/**
 * A product's dashboard as of a period: every metric's status (North Star first, then
 * inputs in tree order, guardrails, KPIs), the North Star's sensitivity to each metric
 * of its formula, what moved it since the period before, and how much of its measured
 * variance its formula explains.
 *
 * @param period the period asked for, or the latest of the data; null when there is no data
 */
public record ProductStatus(Product product, Period period, List<MetricStatus> metrics,
		List<Sensitivity.Effect> sensitivity, List<Movers.Contribution> movers, Evidence.Fit explained) {

	/** The dashboard as of {@code asked} (null: the latest period of the data). */
	public static ProductStatus of(Product product, Calculator calculator, Period asked) {
		Period period = asked != null ? asked : calculator.data().periods().isEmpty() ? null : calculator.data().periods().last();
		List<Period> axis = List.copyOf(calculator.data().periods());
		List<MetricStatus> metrics = ProductMetrics.metricsOf(product).stream()
				.sorted(Comparator.comparingInt(ProductStatus::rank))
				.map(metric -> status(metric, period, calculator, axis)).toList();
		Optional<NorthStar> northStar = ProductMetrics.northStar(product);
		Period shown = northStar.flatMap(n -> metrics.stream().filter(s -> s.metric() == n).findFirst())
				.map(MetricStatus::period).orElse(null);
		List<Sensitivity.Effect> sensitivity = northStar.map(n -> Sensitivity.of(n, shown, calculator)).orElse(List.of());
		Period before = shown == null ? null : calculator.series(northStar.get()).before(shown).map(Map.Entry::getKey).orElse(null);
		List<Movers.Contribution> movers = northStar.map(n -> Movers.between(n, before, shown, calculator)).orElse(List.of());
		Evidence.Fit explained = northStar.filter(n -> n.getFormula() != null && calculator.data().has(n))
				.map(n -> Evidence.explained(upTo(calculator.data().of(n), period), upTo(calculator.computedSeries(n), period)))
				.orElse(new Evidence.Fit(null, 0));
		return new ProductStatus(product, period, metrics, sensitivity, movers, explained);
	}

	/** One metric as of {@code period} (null: no data, only formulas over what-if values). */
	public static MetricStatus status(Metric metric, Period period, Calculator calculator, List<Period> axis) {
		Series series = period == null ? Series.empty() : upTo(calculator.series(metric), period);
		Optional<Map.Entry<Period, Double>> latest = series.last();
		Double value = latest.map(Map.Entry::getValue).orElse(null);
		Period at = latest.map(Map.Entry::getKey).orElse(null);
		String reason = null;
		if (value == null || !calculator.whatIf().isEmpty()) {
			// what-if values (and the reason there is no value) come from the calculator, not the series
			Value computed = calculator.value(metric, at != null ? at : period);
			value = computed.present() ? computed.number() : null;
			reason = computed.reason();
		}
		Double previous = at == null ? null : series.before(at).map(Map.Entry::getValue).orElse(null);
		Double change = value != null && previous != null ? value - previous : null;
		Double changePercent = change != null && previous != 0 ? 100 * change / Math.abs(previous) : null;
		LocalDate day = at != null ? at.end() : period != null ? period.end() : LocalDate.now();
		Optional<Target> target = Targets.next(metric, day);
		Double targetValue = target.map(t -> t.getValue().doubleValue()).orElse(null);
		Double achieved = achieved(metric, value, targetValue);
		Optional<Map.Entry<Period, Double>> first = series.first();
		Status status = Track.of(metric, value, first.map(Map.Entry::getKey).orElse(null), first.map(Map.Entry::getValue).orElse(null),
				at, targetValue, target.map(Target::getDate).orElse(null));
		Evidence.Fit r = metric instanceof Input input && period != null
				? ProductMetrics.parentOf(input).map(parent -> Evidence.correlation(series, upTo(calculator.series(parent), period),
						input.getLag(), axis))
						.orElse(null)
				: null;
		return new MetricStatus(metric, at, value, previous, change, changePercent, targetValue,
				target.map(Target::getDate).orElse(null), achieved, status, r, series, reason);
	}

	private static Double achieved(Metric metric, Double value, Double target) {
		if (value == null || target == null) {
			return null;
		}
		if (Track.lower(metric)) {
			return value == 0 ? null : 100 * target / value;
		}
		return target == 0 ? null : 100 * value / target;
	}

	private static Series upTo(Series series, Period period) {
		return period == null ? series : series.asOfEnd(period);
	}

	private static int rank(Metric metric) {
		if (metric instanceof NorthStar) {
			return 0;
		}
		if (metric instanceof Input) {
			return 1;
		}
		if (metric instanceof Guardrail) {
			return 2;
		}
		return metric instanceof Kpi ? 3 : 4;
	}

	/** The status of one metric of this dashboard. */
	public Optional<MetricStatus> of(Metric metric) {
		return metrics.stream().filter(s -> s.metric() == metric).findFirst();
	}
}
