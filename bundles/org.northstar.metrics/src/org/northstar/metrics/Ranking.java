package org.northstar.metrics;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The key rankings sort by: the number to ten significant digits, so that figures equal
 * but for floating-point noise (45 and 45.00000000000001) tie and keep the formula's
 * reading order instead of swapping at random.
 */
final class Ranking {

	private static final MathContext TEN_DIGITS = new MathContext(10);

	private Ranking() {
	}

	static BigDecimal key(double value) {
		return new BigDecimal(value).round(TEN_DIGITS);
	}
}
