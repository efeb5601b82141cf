package org.northstar.core.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers as the dashboard prints them: readable in text, without floating-point noise in JSON and CSV. */
public final class Figures {

	private static final MathContext TEN_DIGITS = new MathContext(10);
	/** Whole numbers below this have at most ten digits: rounding to ten digits leaves them as they are. */
	private static final double WHOLE_AND_EXACT = 1e10;

	private Figures() {
	}

	/** For people: thousands grouped, digits by size (8,123 / 12.5 / 0.823); "–" for none. */
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

	/** For machines: ten significant digits, so 12.480000000000018 is 12.48; null stays null. */
	public static BigDecimal exact(Double value) {
		if (value == null) {
			return null;
		}
		if (value == Math.rint(value) && Math.abs(value) < WHOLE_AND_EXACT) {
			// a whole number of at most ten digits (most data): the same figure, without the decimal detour
			return BigDecimal.valueOf(value.longValue());
		}
		// from the shortest decimal that is the double (cheap: a status in JSON writes millions)
		BigDecimal exact = BigDecimal.valueOf(value).round(TEN_DIGITS).stripTrailingZeros();
		// 110, not 1.1E+2
		return exact.scale() < 0 ? exact.setScale(0) : exact;
	}

	private static String strip(String number) {
		return number.contains(".") ? number.replaceAll("0+$", "").replaceAll("\\.$", "") : number;
	}
}
