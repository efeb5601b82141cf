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

	private static String strip(String number) {
		return number.contains(".") ? number.replaceAll("0+$", "").replaceAll("\\.$", "") : number;
	}
}
