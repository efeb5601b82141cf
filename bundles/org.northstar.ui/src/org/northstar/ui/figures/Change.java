package org.northstar.ui.figures;

import org.northstar.core.report.MetricFacts;
import org.northstar.model.Metric;

/**
 * A metric's change as shown: against the comparison period when one is chosen, else against its
 * previous period. Null figures where there is none.
 *
 * @param percent in % of the earlier value (null when that is zero)
 */
public record Change(Double absolute, Double percent) {

	static final Change NONE = new Change(null, null);

	/** ▲ up, ▼ down, ▶ unchanged, · no figure. */
	public String arrow() {
		return absolute == null ? "·" : absolute > 0 ? "▲" : absolute < 0 ? "▼" : "▶";
	}

	/** True when it goes the metric's way (up, or down for {@code direction lower}); null when unchanged or unknown. */
	public Boolean good(Metric metric) {
		if (absolute == null || absolute == 0) {
			return null;
		}
		return (absolute > 0) != MetricFacts.lowerIsBetter(metric);
	}
}
