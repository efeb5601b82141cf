package org.northstar.scene;

import java.util.List;

import org.northstar.metrics.MetricStatus;
import org.northstar.metrics.FigureText;
import org.northstar.metrics.MetricKinds;
import org.northstar.model.Metric;

/**
 * The figures on a metric's node, one row under its title: the current value and unit, an arrow
 * for its change (since the period before, or the chosen comparison period; green when it went the
 * metric's way), the change in %, a
 * sparkline of the last periods where it fits, and the status as the colour of the stripe on the
 * node's right edge. Hypothetical (what-if) values are drawn in italics inside a dashed outline.
 */
record FigureRow(String value, String unit, int direction, String changeColour, String change, String statusColour, String status,
		List<Double> series, boolean hypothetical) {

	/** How many of the latest periods the sparkline shows. */
	static final int SPARK_PERIODS = 12;
	static final double SIZE = NodeContent.TITLE_SIZE;
	static final double SMALL = NodeContent.DETAIL_SIZE;

	/** @param before the value compared with (a chosen comparison period's), or null: the period before */
	static FigureRow of(Metric metric, MetricStatus status, boolean hypothetical, Double before) {
		String value = status.value() == null ? "no data" : FigureText.text(status.value());
		String unit = status.value() == null || metric.getUnit() == null ? "" : metric.getUnit();
		Double change = status.change();
		Double percent = status.changePercent();
		if (before != null && status.value() != null) {
			change = status.value() - before;
			percent = before == 0 ? null : 100 * change / Math.abs(before);
		}
		int direction = change == null ? 0 : (int) Math.signum(change);
		String changeColour = direction == 0 ? Palette.MUTED
				: (direction > 0) != MetricKinds.lowerIsBetter(metric) ? Palette.BETTER : Palette.WORSE;
		String shownChange = percent == null ? "" : FigureText.signedPercent(percent).replace(" %", "%");
		List<Double> values = List.copyOf(status.series().asMap().values());
		List<Double> series = values.subList(Math.max(0, values.size() - SPARK_PERIODS), values.size());
		return new FigureRow(value, unit, direction, changeColour, shownChange, Palette.of(status.status()), status.status().id(),
				series, hypothetical);
	}

	static double height(TextMeasurer measurer) {
		return measurer.lineHeight(SIZE) + 2;
	}
}
