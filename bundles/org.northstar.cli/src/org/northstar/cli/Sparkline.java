package org.northstar.cli;

import java.util.List;

/** A series as a row of Unicode block characters, lowest value to highest; a flat series sits in the middle. */
final class Sparkline {

	private static final char[] BLOCKS = "▁▂▃▄▅▆▇█".toCharArray();

	private Sparkline() {
	}

	/** The last {@code width} values, one character each. */
	static String of(List<Double> values, int width) {
		List<Double> shown = values.subList(Math.max(0, values.size() - width), values.size());
		double min = shown.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double max = shown.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		StringBuilder line = new StringBuilder();
		for (double value : shown) {
			int level = max == min ? BLOCKS.length / 2 - 1 : (int) Math.round((value - min) / (max - min) * (BLOCKS.length - 1));
			line.append(BLOCKS[level]);
		}
		return line.toString();
	}
}
