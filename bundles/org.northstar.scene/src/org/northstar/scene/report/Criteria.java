package org.northstar.scene.report;

import org.northstar.model.Criterion;

/** The seven quality criteria of a North Star as a scorecard names them for people. */
public final class Criteria {

	private Criteria() {
	}

	public static String label(Criterion criterion) {
		return switch (criterion) {
			case VALUE -> "Expresses customer value";
			case VISION -> "Represents vision and strategy";
			case LEADING -> "Leading indicator of revenue or retention";
			case ACTIONABLE -> "Actionable by teams";
			case UNDERSTANDABLE -> "Understandable by non-technical partners";
			case MEASURABLE -> "Measurable today";
			case NOT_VANITY -> "Not vanity, hard to game";
		};
	}
}
