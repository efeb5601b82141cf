package org.northstar.scene.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A series as a small inline SVG line, lowest value at the bottom; the last point marked. */
public final class SparklineSvg {

	public static final int WIDTH = 120;
	public static final int HEIGHT = 24;
	/** How many of the latest periods a sparkline shows. */
	public static final int PERIODS = 26;

	private SparklineSvg() {
	}

	/** The markup of the sparkline, or "" for fewer than two values. */
	public static String of(List<Double> values, String color) {
		List<Double> shown = values.subList(Math.max(0, values.size() - PERIODS), values.size());
		if (shown.size() < 2) {
			return "";
		}
		double min = shown.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double max = shown.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		double step = (WIDTH - 4.0) / (shown.size() - 1);
		List<double[]> points = IntStream.range(0, shown.size()).mapToObj(i -> new double[] { 2 + i * step,
				max == min ? HEIGHT / 2.0 : HEIGHT - 3 - (shown.get(i) - min) / (max - min) * (HEIGHT - 6) }).toList();
		double[] last = points.get(points.size() - 1);
		return "<svg class=\"spark\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + HEIGHT
				+ "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\"><polyline fill=\"none\" stroke=\"" + color
				+ "\" stroke-width=\"1.5\" points=\"" + points.stream().map(p -> number(p[0]) + "," + number(p[1])).collect(Collectors.joining(" "))
				+ "\"/><circle r=\"2.5\" fill=\"" + color + "\" cx=\"" + number(last[0]) + "\" cy=\"" + number(last[1]) + "\"/></svg>";
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
