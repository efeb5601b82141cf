package org.northstar.metrics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.northstar.model.Metric;

/**
 * The value of every metric of a product in a period: measured where there is data,
 * computed from its formula where there is none, and what-if values where the
 * caller set them.
 * <p>
 * With what-if values, a metric that has both data and a formula keeps its measured
 * value moved by the change of its formula ({@code measured + formula(what-if) -
 * formula(as measured)}): the measurement stays the baseline and the formula says how
 * far the what-if moves it. Without what-if values that change is zero.
 * <p>
 * A period may be null: then there is no measured value, only formulas over what-if
 * values (a model without data, evaluated with {@code --set}).
 */
public final class Calculator {

	private final Measurements data;
	private final Map<Metric, Double> whatIf;
	private final Calculator asMeasured;
	private final Map<Key, Value> values = new HashMap<>();
	private final Map<Key, Value> computed = new HashMap<>();
	private final Set<Key> underWay = new HashSet<>();

	public Calculator(Measurements data) {
		this(data, Map.of());
	}

	public Calculator(Measurements data, Map<Metric, Double> whatIf) {
		this.data = data;
		this.whatIf = Map.copyOf(whatIf);
		this.asMeasured = whatIf.isEmpty() ? null : new Calculator(data, Map.of());
	}

	public Measurements data() {
		return data;
	}

	public Map<Metric, Double> whatIf() {
		return whatIf;
	}

	/** A calculator with {@code metric} set to {@code value} besides this one's what-if values. */
	public Calculator with(Metric metric, double value) {
		Map<Metric, Double> more = new HashMap<>(whatIf);
		more.put(metric, value);
		return new Calculator(data, more);
	}

	/** The metric's value: what-if, measured (moved by its formula under what-if values) or computed. */
	public Value value(Metric metric, Period period) {
		Key key = new Key(metric, period);
		Value known = values.get(key);
		if (known != null) {
			return known;
		}
		Value value = valueOf(metric, period);
		values.put(key, value);
		return value;
	}

	private Value valueOf(Metric metric, Period period) {
		Double set = whatIf.get(metric);
		if (set != null) {
			return Value.of(set);
		}
		Value measured = measured(metric, period);
		if (metric.getFormula() == null) {
			return measured.present() ? measured : Value.none("no data for " + metric.getName() + in(period));
		}
		if (!measured.present()) {
			return computed(metric, period);
		}
		if (asMeasured == null) {
			return measured;
		}
		Value moved = computed(metric, period);
		Value base = asMeasured.computed(metric, period);
		return moved.present() && base.present() ? Value.of(measured.number() + moved.number() - base.number()) : measured;
	}

	/** The measured value of exactly this period (what-if values aside). */
	public Value measured(Metric metric, Period period) {
		if (period == null) {
			return Value.none("no data for " + metric.getName());
		}
		return data.of(metric).get(period).map(Value::of)
				.orElseGet(() -> Value.none("no data for " + metric.getName() + in(period)));
	}

	/** The value of the metric's formula over its terms' values; no value when it has no formula. */
	public Value computed(Metric metric, Period period) {
		if (metric.getFormula() == null) {
			return Value.none(metric.getName() + " has no formula");
		}
		Key key = new Key(metric, period);
		Value known = computed.get(key);
		if (known != null) {
			return known;
		}
		if (!underWay.add(key)) {
			return Value.none(metric.getName() + " depends on itself");
		}
		try {
			Value value = Formula.evaluate(metric.getFormula(), term -> value(term, period));
			computed.put(key, value);
			return value;
		} finally {
			underWay.remove(key);
		}
	}

	/** The formula's series over every period of the data (the periods where it has a value). */
	public Series computedSeries(Metric metric) {
		Map<Period, Double> series = new HashMap<>();
		for (Period period : data.periods()) {
			Value value = computed(metric, period);
			if (value.present()) {
				series.put(period, value.number());
			}
		}
		return Series.of(series);
	}

	/** The series shown for the metric: its data when it has any, else its formula's. */
	public Series series(Metric metric) {
		return data.has(metric) ? data.of(metric) : computedSeries(metric);
	}

	private static String in(Period period) {
		return period == null ? "" : " in " + period;
	}

	private record Key(Metric metric, Period period) {
	}
}
