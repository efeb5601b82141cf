package org.northstar.metrics;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.northstar.model.Metric;

/** The measured series of one product's metrics, by metric name as written in the model. Immutable. */
public final class Measurements {

	private static final Measurements NONE = new Measurements(Map.of());

	private final Map<String, Series> byName;
	private final NavigableSet<Period> periods;

	public Measurements(Map<String, Series> byName) {
		this.byName = Map.copyOf(byName);
		// the same periods come again in every series: gathered in a hash set, sorted once
		Set<Period> all = new HashSet<>();
		byName.values().forEach(series -> all.addAll(series.asMap().keySet()));
		this.periods = Collections.unmodifiableNavigableSet(new TreeSet<>(all));
	}

	/** No data at all: every value comes from formulas and what-if values. */
	public static Measurements none() {
		return NONE;
	}

	/** The metric's measured series; empty when there is no data for it. */
	public Series of(Metric metric) {
		return of(metric.getName());
	}

	/** The series of the metric named {@code name}; empty when there is no data for it. */
	public Series of(String name) {
		return name == null ? Series.empty() : byName.getOrDefault(name, Series.empty());
	}

	public boolean has(Metric metric) {
		return !of(metric).isEmpty();
	}

	/** Every period any metric has a value for, in order: the periods formulas are computed for. */
	public NavigableSet<Period> periods() {
		return periods;
	}

	public Collection<String> names() {
		return byName.keySet();
	}

	/** These series and {@code more}'s; a metric in both keeps {@code more}'s. */
	public Measurements with(Measurements more) {
		Map<String, Series> merged = new TreeMap<>(byName);
		merged.putAll(more.byName);
		return new Measurements(merged);
	}
}
