package org.northstar.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * How well the tree's claims hold in the data: Pearson's r of an input's series with
 * its parent's, and the share of a measured metric's variance its formula explains
 * (R²). Both over the periods the two series share; with a lag, the input's period
 * is that many periods (of the data's period axis) before its parent's.
 * <p>
 * Both figures are computed on the values scaled by a power of two to at most 1 in size
 * (neither figure changes when a series is scaled, and such a scaling is exact), so that
 * sums of squares of values near 1e200 do not overflow and give Infinity or NaN.
 */
public final class Evidence {

	/** Too few shared periods (fewer than 3) or a series that never moves gives no figure. */
	public record Fit(Double value, int n) {

		public boolean known() {
			return value != null;
		}
	}

	private static final int FEWEST = 3;

	private Evidence() {
	}

	/**
	 * Pearson's r of {@code input} with {@code parent}, the input leading by {@code lag} periods of
	 * {@code axis} (a negative lag: the parent leads).
	 */
	public static Fit correlation(Series input, Series parent, int lag, List<Period> axis) {
		List<double[]> pairs = pairs(input, parent, lag, axis);
		int n = pairs.size();
		if (n < FEWEST) {
			return new Fit(null, n);
		}
		scale(pairs, 0, 0);
		scale(pairs, 1, 1);
		double meanX = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
		double meanY = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (double[] p : pairs) {
			sxy += (p[0] - meanX) * (p[1] - meanY);
			sxx += (p[0] - meanX) * (p[0] - meanX);
			syy += (p[1] - meanY) * (p[1] - meanY);
		}
		return sxx == 0 || syy == 0 ? new Fit(null, n) : new Fit(Math.clamp(sxy / Math.sqrt(sxx * syy), -1, 1), n);
	}

	/**
	 * R² of a formula's series as a prediction of the measured one, without refitting:
	 * 1 - (sum of squared misses) / (sum of squared deviations from the mean). 1 is a
	 * perfect formula, 0 no better than the mean, below 0 worse than the mean.
	 */
	public static Fit explained(Series measured, Series formula) {
		List<double[]> pairs = pairs(formula, measured, 0, List.copyOf(measured.asMap().keySet()));
		int n = pairs.size();
		if (n < FEWEST) {
			return new Fit(null, n);
		}
		// both by the same factor: the misses are differences of the two
		scale(pairs, 0, 1);
		double mean = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
		double misses = pairs.stream().mapToDouble(p -> (p[1] - p[0]) * (p[1] - p[0])).sum();
		double spread = pairs.stream().mapToDouble(p -> (p[1] - mean) * (p[1] - mean)).sum();
		double rSquared = 1 - misses / spread;
		return spread == 0 || !Double.isFinite(rSquared) ? new Fit(null, n) : new Fit(rSquared, n);
	}

	/** (x, y) where x is {@code x}'s value {@code lag} periods of the axis before y's period. */
	private static List<double[]> pairs(Series x, Series y, int lag, List<Period> axis) {
		List<double[]> pairs = new ArrayList<>();
		for (int i = Math.max(0, lag); i < Math.min(axis.size(), axis.size() + lag); i++) {
			Double yValue = y.asMap().get(axis.get(i));
			Double xValue = x.asMap().get(axis.get(i - lag));
			if (xValue != null && yValue != null) {
				pairs.add(new double[] { xValue, yValue });
			}
		}
		return pairs;
	}

	/** Scales columns {@code from}..{@code to} of every pair by the power of two that brings the largest to [0.5, 1). */
	private static void scale(List<double[]> pairs, int from, int to) {
		double largest = 0;
		for (double[] p : pairs) {
			for (int c = from; c <= to; c++) {
				largest = Math.max(largest, Math.abs(p[c]));
			}
		}
		if (largest == 0 || !Double.isFinite(largest)) {
			return;
		}
		int exponent = -Math.getExponent(largest) - 1;
		for (double[] p : pairs) {
			for (int c = from; c <= to; c++) {
				p[c] = Math.scalb(p[c], exponent);
			}
		}
	}
}
