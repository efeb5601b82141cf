package org.northstar.ui.dashboard;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.northstar.core.report.Figures;
import org.northstar.metrics.Period;
import org.northstar.metrics.Series;

/** The dashboard's small charts, drawn with SWT's GC: a sparkline, a trend with its target, a bar. */
final class Charts {

	private Charts() {
	}

	/** The series as a line through the box, lowest to highest; its last point a dot. */
	static void sparkline(GC gc, Series series, Rectangle box, Color colour) {
		double[] values = values(series);
		if (values.length == 0) {
			return;
		}
		int[] points = polyline(values, min(values), max(values), box);
		gc.setForeground(colour);
		gc.setLineWidth(1);
		gc.drawPolyline(points);
		gc.setBackground(colour);
		gc.fillOval(points[points.length - 2] - 2, points[points.length - 1] - 2, 5, 5);
	}

	/**
	 * The series over its periods with the target as a dashed line (when there is one) and the
	 * axis labelled: the lowest and highest value, the first and last period.
	 */
	static void trend(GC gc, DashboardStyle style, Series series, Double target, Double hypothetical, Rectangle box) {
		gc.setForeground(style.faint);
		gc.drawRectangle(box);
		double[] values = values(series);
		if (values.length == 0) {
			gc.setForeground(style.grey);
			gc.setFont(style.small);
			gc.drawString("no data", box.x + 8, box.y + 8, true);
			return;
		}
		double min = min(values);
		double max = max(values);
		if (target != null) {
			min = Math.min(min, target);
			max = Math.max(max, target);
		}
		if (hypothetical != null) {
			min = Math.min(min, hypothetical);
			max = Math.max(max, hypothetical);
		}
		Rectangle plot = new Rectangle(box.x + 56, box.y + 10, box.width - 66, box.height - 30);
		gc.setFont(style.small);
		gc.setForeground(style.grey);
		gc.drawString(Figures.text(max), box.x + 4, plot.y - 4, true);
		gc.drawString(Figures.text(min), box.x + 4, plot.y + plot.height - 10, true);
		Map.Entry<Period, Double> first = series.first().orElseThrow();
		Map.Entry<Period, Double> last = series.last().orElseThrow();
		gc.drawString(first.getKey().toString(), plot.x, plot.y + plot.height + 4, true);
		String lastLabel = last.getKey().toString();
		gc.drawString(lastLabel, plot.x + plot.width - gc.textExtent(lastLabel).x, plot.y + plot.height + 4, true);
		if (target != null) {
			int y = y(target, min, max, plot);
			gc.setForeground(style.targetLine);
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawLine(plot.x, y, plot.x + plot.width, y);
			gc.setLineStyle(SWT.LINE_SOLID);
			String label = "target " + Figures.text(target);
			gc.drawString(label, plot.x + 4, y < plot.y + 14 ? y + 2 : y - 14, true);
		}
		int[] points = polyline(values, min, max, plot);
		gc.setForeground(style.line);
		gc.setLineWidth(2);
		gc.drawPolyline(points);
		gc.setLineWidth(1);
		int lastX = points[points.length - 2];
		int lastY = points[points.length - 1];
		gc.setBackground(style.line);
		gc.fillOval(lastX - 3, lastY - 3, 7, 7);
		if (hypothetical != null) {
			int y = y(hypothetical, min, max, plot);
			gc.setForeground(style.hypothetical);
			gc.setLineStyle(SWT.LINE_DOT);
			gc.drawLine(lastX, lastY, lastX, y);
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.setBackground(style.hypothetical);
			gc.fillOval(lastX - 4, y - 4, 9, 9);
		}
	}

	/** A bar filled to {@code percent} of its width (capped at the width), in the colour given. */
	static void bar(GC gc, DashboardStyle style, Double percent, Rectangle box, Color colour) {
		gc.setBackground(style.faint);
		gc.fillRectangle(box);
		if (percent != null && percent > 0) {
			gc.setBackground(colour);
			gc.fillRectangle(box.x, box.y, (int) Math.round(Math.min(1, percent / 100) * box.width), box.height);
		}
	}

	private static double[] values(Series series) {
		return series.asMap().values().stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static double min(double[] values) {
		return java.util.Arrays.stream(values).min().orElse(0);
	}

	private static double max(double[] values) {
		return java.util.Arrays.stream(values).max().orElse(0);
	}

	private static int[] polyline(double[] values, double min, double max, Rectangle box) {
		int[] points = new int[values.length * 2];
		for (int i = 0; i < values.length; i++) {
			points[2 * i] = box.x + (values.length == 1 ? box.width : (int) Math.round((double) i * box.width / (values.length - 1)));
			points[2 * i + 1] = y(values[i], min, max, box);
		}
		return points;
	}

	private static int y(double value, double min, double max, Rectangle box) {
		if (max == min) {
			return box.y + box.height / 2;
		}
		return box.y + box.height - (int) Math.round((value - min) / (max - min) * box.height);
	}
}
