package org.northstar.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.northstar.model.Direction;
import org.northstar.model.Guardrail;
import org.northstar.model.Metric;

/** The status rules of {@link Status}, for one value. */
final class Track {

	private Track() {
	}

	static Status of(Metric metric, Double value, Period first, Double firstValue, Period at, Double target, LocalDate targetDate) {
		if (metric instanceof Guardrail guardrail) {
			return guardrail(guardrail, value);
		}
		if (value == null || at == null) {
			// no value, or only a what-if value outside time: nothing to judge against a dated target
			return Status.NO_DATA;
		}
		if (target == null) {
			return Status.NO_TARGET;
		}
		double sense = lower(metric) ? -1 : 1;
		if (sense * (value - target) >= 0) {
			return Status.ON_TRACK;
		}
		double expected = line(firstValue, first.end(), target, targetDate, at.end());
		double ahead = sense * (value - expected);
		double way = Math.abs(target - firstValue) > 0 ? Math.abs(target - firstValue) : Math.abs(target);
		if (ahead >= 0) {
			return Status.ON_TRACK;
		}
		return -ahead <= Status.AT_RISK_SHARE * way ? Status.AT_RISK : Status.OFF_TRACK;
	}

	/** Where the straight line from the first value to the target stands on {@code day}. */
	static double line(double firstValue, LocalDate firstDay, double target, LocalDate targetDay, LocalDate day) {
		long whole = ChronoUnit.DAYS.between(firstDay, targetDay);
		if (whole <= 0) {
			return target;
		}
		double share = Math.clamp((double) ChronoUnit.DAYS.between(firstDay, day) / whole, 0, 1);
		return firstValue + (target - firstValue) * share;
	}

	private static Status guardrail(Guardrail guardrail, Double value) {
		if (value == null) {
			return Status.NO_DATA;
		}
		if (guardrail.getThreshold() == null) {
			return Status.NO_TARGET;
		}
		double threshold = guardrail.getThreshold().doubleValue();
		boolean breached = lower(guardrail) ? value > threshold : value < threshold;
		return breached ? Status.BREACHED : Status.OK;
	}

	static boolean lower(Metric metric) {
		return metric.isSetDirection() && metric.getDirection() == Direction.LOWER;
	}
}
