package org.northstar.scene;

import org.northstar.core.rules.Severity;
import org.northstar.metrics.Status;
import org.northstar.model.Dimension;
import org.northstar.model.Relation;

/** The diagram's colours and signs, in one place so that every painter agrees. */
public final class Palette {

	public static final String INK = "#1b263b";
	public static final String PAPER = "#ffffff";
	public static final String MUTED = "#5c677d";
	public static final String EDGE = "#8d99ae";
	/** The badge of a node whose subtree is folded away. */
	public static final String COLLAPSED = "#e9ecef";
	/** A change that went the metric's way; a change against it. */
	public static final String BETTER = "#2e7d32";
	public static final String WORSE = "#d62828";
	/** The sparklines of figures; the outline of hypothetical (what-if) figures. */
	public static final String SPARKLINE = "#2b4c7e";
	public static final String HYPOTHETICAL = "#7b2cbf";

	private Palette() {
	}

	/** The colour that tells an input's dimension at a glance (the stripe on its left). */
	public static String of(Dimension dimension) {
		if (dimension == null) {
			return "#adb5bd";
		}
		return switch (dimension) {
			case BREADTH -> "#2a9d8f";
			case DEPTH -> "#e76f51";
			case FREQUENCY -> "#8e7dbe";
			case EFFICIENCY -> "#e9c46a";
		};
	}

	public static String of(Severity severity) {
		return switch (severity) {
			case ERROR -> "#d62828";
			case WARNING -> "#f4a261";
			default -> "#457b9d";
		};
	}

	/** The stripe that tells a metric's status against its target (or a guardrail's against its threshold). */
	public static String of(Status status) {
		return switch (status) {
			case ON_TRACK, OK -> BETTER;
			case AT_RISK -> "#f4a261";
			case OFF_TRACK, BREACHED -> WORSE;
			case NO_DATA, NO_TARGET -> "#adb5bd";
		};
	}

	/** The sign on an edge: how the child drives its parent. */
	public static String sign(Relation relation) {
		if (relation == null) {
			return "?";
		}
		return switch (relation) {
			case MULTIPLICATIVE -> "×";
			case ADDITIVE -> "+";
			case CORRELATED -> "~";
		};
	}
}
