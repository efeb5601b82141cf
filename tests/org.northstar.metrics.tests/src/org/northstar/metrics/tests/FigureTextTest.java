package org.northstar.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.northstar.metrics.FigureText;

/** Figures as every dashboard writes them: no trailing zeros, no bare point, thousands grouped. */
class FigureTextTest {

	@Test
	void decimalsLoseTheirTrailingZerosAndABarePoint() {
		assertEquals("12.5", FigureText.text(12.5));
		assertEquals("10", FigureText.text(10.0));
		assertEquals("3", FigureText.text(3.0));
		assertEquals("0.1", FigureText.text(0.1));
		assertEquals("0.125", FigureText.text(0.125));
		assertEquals("0", FigureText.text(0.0));
		assertEquals("-2.5", FigureText.text(-2.5));
		assertEquals("1,200", FigureText.text(1200.0));
		assertEquals("–", FigureText.text(null));
		assertEquals("+0.5", FigureText.signed(0.5));
	}
}
