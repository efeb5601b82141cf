package org.northstar.workspace.tests;

import org.eclipse.core.resources.IMarker;
import org.northstar.workspace.builder.ProblemMarkers;

/** What a test looks at of one North Star problem marker. */
record Marker(String ruleId, int line, int severity, int charStart, int charEnd, String element, String message) {

	static Marker of(IMarker marker) {
		return new Marker(marker.getAttribute(ProblemMarkers.RULE_ID, null), marker.getAttribute(IMarker.LINE_NUMBER, -1),
				marker.getAttribute(IMarker.SEVERITY, -1), marker.getAttribute(IMarker.CHAR_START, -1),
				marker.getAttribute(IMarker.CHAR_END, -1), marker.getAttribute(ProblemMarkers.ELEMENT, null),
				marker.getAttribute(IMarker.MESSAGE, null));
	}

	/** The text the marker covers in the editor. */
	String coveredText(String text) {
		return text.substring(charStart, charEnd);
	}
}
