package org.northstar.benchmarks;

import java.util.Arrays;

/** One figure: the median and best of several timed runs, and the heap the result holds. */
record Measurement(String name, String size, double medianMillis, double bestMillis, int runs, long heapBytes) {

	static Measurement of(String name, String size, double[] millis, long heapBytes) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
		return new Measurement(name, size, median, sorted[0], sorted.length, heapBytes);
	}
}
