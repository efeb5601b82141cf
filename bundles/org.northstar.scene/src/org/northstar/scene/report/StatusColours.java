package org.northstar.scene.report;

import org.northstar.metrics.Status;

/** The colour of a dashboard status in the reports: green on track or ok, amber at risk, red off track or breached. */
public final class StatusColours {

	private StatusColours() {
	}

	public static String of(Status status) {
		return switch (status) {
			case ON_TRACK, OK -> "#2a9d8f";
			case AT_RISK -> "#e9a23b";
			case OFF_TRACK, BREACHED -> "#d62828";
			default -> "#8d99ae";
		};
	}
}
