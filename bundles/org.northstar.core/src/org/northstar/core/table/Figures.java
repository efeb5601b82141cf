package org.northstar.core.table;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as JSON and CSV carry them: without floating-point noise (text goes through the metrics' {@code FigureText}). */
public final class Figures {

	private static final MathContext TEN_DIGITS = new MathContext(10);
	/** Whole numbers below this have at most ten digits: rounding to ten digits leaves them as they are. */
	private static final double WHOLE_AND_EXACT = 1e10;

	private Figures() {
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
}
