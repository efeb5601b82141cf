package org.northstar.metrics;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** A metric's values by period, in period order. Immutable. */
public final class Series {

	private static final Series EMPTY = new Series(new TreeMap<>());

	private final NavigableMap<Period, Double> values;

	private Series(NavigableMap<Period, Double> values) {
		this.values = Collections.unmodifiableNavigableMap(values);
	}

	public static Series of(Map<Period, Double> values) {
		return values.isEmpty() ? EMPTY : new Series(new TreeMap<>(values));
	}

	public static Series empty() {
		return EMPTY;
	}

	public boolean isEmpty() {
		return values.isEmpty();
	}

	public int size() {
		return values.size();
	}

	/** The value of exactly this period. */
	public Optional<Double> get(Period period) {
		return Optional.ofNullable(values.get(period));
	}

	/** The entry just before {@code period}. */
	public Optional<Map.Entry<Period, Double>> before(Period period) {
		return Optional.ofNullable(values.lowerEntry(period));
	}

	public Optional<Map.Entry<Period, Double>> first() {
		return Optional.ofNullable(values.firstEntry());
	}

	public Optional<Map.Entry<Period, Double>> last() {
		return Optional.ofNullable(values.lastEntry());
	}

	/**
	 * The values known by the end of {@code period}: those of the periods that end on or before its
	 * last day. As of November (2026-11) a weekly series runs to 2026-W48, the last week that ends in
	 * it; as of 2026-W48 a monthly series runs to October, November not being over.
	 */
	public Series asOfEnd(Period period) {
		LocalDate last = period.end();
		if (values.keySet().stream().noneMatch(at -> at.end().isAfter(last))) {
			// the usual case (the latest period): no copy
			return this;
		}
		TreeMap<Period, Double> known = new TreeMap<>(values);
		known.keySet().removeIf(at -> at.end().isAfter(last));
		return known.isEmpty() ? EMPTY : new Series(known);
	}

	public NavigableMap<Period, Double> asMap() {
		return values;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Series series && values.equals(series.values);
	}

	@Override
	public int hashCode() {
		return values.hashCode();
	}

	@Override
	public String toString() {
		return values.toString();
	}
}
