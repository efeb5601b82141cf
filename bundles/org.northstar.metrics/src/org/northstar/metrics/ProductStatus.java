package org.northstar.metrics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.IdentityHashMap;
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
 * variance its formula explains. Immutable.
 */
public final class ProductStatus {

	private final Product product;
	private final Period period;
	private final List<MetricStatus> metrics;
	/** Each metric's status by the metric itself: the data rules ask for one metric at a time. */
	private final Map<Metric, MetricStatus> byMetric = new IdentityHashMap<>();
	private final List<Sensitivity.Effect> sensitivity;
	private final List<Movers.Contribution> movers;
	private final Evidence.Fit explained;

	private ProductStatus(Product product, Period period, List<MetricStatus> metrics, List<Sensitivity.Effect> sensitivity,
			List<Movers.Contribution> movers, Evidence.Fit explained) {
		this.product = product;
		this.period = period;
		this.metrics = metrics;
		metrics.forEach(status -> byMetric.putIfAbsent(status.metric(), status));
		this.sensitivity = sensitivity;
		this.movers = movers;
		this.explained = explained;
	}

	/** The dashboard as of {@code asked} (null: the latest period of the data). */
	public static ProductStatus of(Product product, Calculator calculator, Period asked) {
		Period period = asked != null ? asked : calculator.data().periods().isEmpty() ? null : calculator.data().periods().last();
		List<Period> axis = List.copyOf(calculator.data().periods());
		SeriesAsOf shown = new SeriesAsOf(calculator, period);
		List<MetricStatus> metrics = ProductMetrics.metricsOf(product).stream()
				.sorted(Comparator.comparingInt(ProductStatus::rank))
				.map(metric -> status(metric, shown, axis)).toList();
		Optional<NorthStar> northStar = ProductMetrics.northStar(product);
		Period at = northStar.flatMap(n -> metrics.stream().filter(s -> s.metric() == n).findFirst())
				.map(MetricStatus::period).orElse(null);
		List<Sensitivity.Effect> sensitivity = northStar.map(n -> Sensitivity.of(n, at, calculator)).orElse(List.of());
		Period before = at == null ? null : calculator.series(northStar.get()).before(at).map(Map.Entry::getKey).orElse(null);
		List<Movers.Contribution> movers = northStar.map(n -> Movers.between(n, before, at, calculator)).orElse(List.of());
		Evidence.Fit explained = northStar.filter(n -> n.getFormula() != null && calculator.data().has(n))
				.map(n -> Evidence.explained(upTo(calculator.data().of(n), period), upTo(calculator.computedSeries(n), period)))
				.orElse(new Evidence.Fit(null, 0));
		return new ProductStatus(product, period, metrics, sensitivity, movers, explained);
	}

	public Product product() {
		return product;
	}

	/** The period asked for, or the latest of the data; null when there is no data. */
	public Period period() {
		return period;
	}

	public List<MetricStatus> metrics() {
		return metrics;
	}

	public List<Sensitivity.Effect> sensitivity() {
		return sensitivity;
	}

	public List<Movers.Contribution> movers() {
		return movers;
	}

	public Evidence.Fit explained() {
		return explained;
	}

	/** One metric as of {@code period} (null: no data, only formulas over what-if values). */
	public static MetricStatus status(Metric metric, Period period, Calculator calculator, List<Period> axis) {
		return status(metric, new SeriesAsOf(calculator, period), axis);
	}

	private static MetricStatus status(Metric metric, SeriesAsOf shown, List<Period> axis) {
		Calculator calculator = shown.calculator();
		Period period = shown.period();
		Series series = shown.of(metric);
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
		Double change = value != null && previous != null ? figure(value - previous) : null;
		Double changePercent = change != null && previous != 0 ? figure(100 * change / Math.abs(previous)) : null;
		LocalDate day = at != null ? at.end() : period != null ? period.end() : LocalDate.now();
		Optional<Target> target = Targets.next(metric, day);
		Double targetValue = target.map(t -> figure(t.getValue().doubleValue())).orElse(null);
		Double achieved = figure(achieved(metric, value, targetValue));
		Optional<Map.Entry<Period, Double>> first = series.first();
		Status status = Track.of(metric, value, first.map(Map.Entry::getKey).orElse(null), first.map(Map.Entry::getValue).orElse(null),
				at, targetValue, target.map(Target::getDate).orElse(null));
		Evidence.Fit r = metric instanceof Input input && period != null
				? ProductMetrics.parentOf(input).map(parent -> Evidence.correlation(series, shown.of(parent), input.getLag(), axis))
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

	/**
	 * A figure, or none when the arithmetic left the doubles (values near 1e308 whose difference
	 * or ratio overflows): the dashboard shows no figure rather than Infinity.
	 */
	private static Double figure(Double number) {
		return number == null || !Double.isFinite(number) ? null : number;
	}

	private static Series upTo(Series series, Period period) {
		return period == null ? series : series.asOfEnd(period);
	}

	/**
	 * The series shown for each metric up to the period, each cut once: a parent's series is
	 * read again for every input below it (its r).
	 */
	private record SeriesAsOf(Calculator calculator, Period period, Map<Metric, Series> cut) {

		SeriesAsOf(Calculator calculator, Period period) {
			this(calculator, period, new IdentityHashMap<>());
		}

		Series of(Metric metric) {
			return period == null ? Series.empty() : cut.computeIfAbsent(metric, m -> upTo(calculator.series(m), period));
		}
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
		return Optional.ofNullable(byMetric.get(metric));
	}
}
