package org.northstar.metrics;

import java.util.Locale;

/**
 * Figures as people read them on a dashboard (the command line's {@code status} table and the
 * studio's dashboard write them alike): thousands grouped, digits by size, "–" for none.
 */
public final class FigureText {

	private FigureText() {
	}

	/** 8,123 / 12.5 / 0.823; "–" for none. */
	public static String text(Double value) {
		if (value == null) {
			return "–";
		}
		double size = Math.abs(value);
		if (size >= 1000) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		if (size >= 10) {
			return strip(String.format(Locale.ROOT, "%.1f", value));
		}
		return strip(String.format(Locale.ROOT, "%.3f", value));
	}

	/** With its sign: +120 / -3.5. */
	public static String signed(Double value) {
		return value == null ? "–" : (value > 0 ? "+" : "") + text(value);
	}

	/** A percentage with one decimal: 82.5 %. */
	public static String percent(Double value) {
		return value == null ? "–" : String.format(Locale.ROOT, "%.1f %%", value);
	}

	public static String signedPercent(Double value) {
		return value == null ? "–" : (value > 0 ? "+" : "") + percent(value);
	}

	/** Without the trailing zeros of its decimals, nor a bare point: 12.50 to 12.5, 3.000 to 3 (no pattern: a dashboard formats 10k metrics). */
	private static String strip(String number) {
		if (number.indexOf('.') < 0) {
			return number;
		}
		int end = number.length();
		while (number.charAt(end - 1) == '0') {
			end--;
		}
		if (number.charAt(end - 1) == '.') {
			end--;
		}
		return number.substring(0, end);
	}
}
