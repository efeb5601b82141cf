package org.northstar.metrics;

/**
 * Where a metric stands against its target (or a guardrail against its threshold).
 * The rule, for a metric with a target: draw a straight line from the metric's first
 * value (at the end of its first period) to the target on its date. At or beyond the
 * line (in the metric's direction), or the target already reached: on track. Behind
 * it by at most {@link #AT_RISK_SHARE} of the whole way from the first value to the
 * target: at risk. Further behind: off track.
 */
public enum Status {
	ON_TRACK("on-track"), AT_RISK("at-risk"), OFF_TRACK("off-track"),
	/** No value up to the period. */
	NO_DATA("no-data"),
	/** A value, but no target (or, for a guardrail, no threshold) to judge it by. */
	NO_TARGET("no-target"),
	/** A guardrail past its threshold in the wrong direction. */
	BREACHED("breached"),
	/** A guardrail on the right side of its threshold. */
	OK("ok");

	/** How far behind the line is still only "at risk": a tenth of the way from the first value to the target. */
	public static final double AT_RISK_SHARE = 0.10;

	private final String id;

	Status(String id) {
		this.id = id;
	}

	/** As shown and written in JSON: on-track, at-risk, off-track, no-data, no-target, breached, ok. */
	public String id() {
		return id;
	}

	@Override
	public String toString() {
		return id;
	}
}
