package org.northstar.core.scene;

import org.northstar.core.rules.Severity;
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
