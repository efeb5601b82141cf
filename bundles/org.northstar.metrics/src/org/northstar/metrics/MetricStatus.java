package org.northstar.metrics;

import java.time.LocalDate;

import org.northstar.model.Metric;

/**
 * One metric on the dashboard as of a period. Numbers are null where there is none:
 * no value yet, no previous period, no target, a previous value of zero (no change in %).
 * {@code changePercent} and {@code achieved} are percentages (82.5 means 82.5 %); for a
 * metric whose direction is lower, achieved is target / value.
 *
 * @param period   the period the value is of (the latest at or before the period asked for)
 * @param series   the values shown (data, or the formula's where there is none), up to the period
 * @param r        Pearson's r with the parent (inputs only; null elsewhere)
 * @param reason   why there is no value (no data, a division by zero, ...); null when there is one
 */
public record MetricStatus(Metric metric, Period period, Double value, Double previous, Double change,
		Double changePercent, Double target, LocalDate targetDate, Double achieved, Status status,
		Evidence.Fit r, Series series, String reason) {
}
