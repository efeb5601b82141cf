package org.northstar.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Times an operation: warm-up runs first (the JIT compiles the hot paths), then measured runs;
 * the heap figure is what the last run's result keeps alive after a full collection.
 */
final class Harness {

	/** An operation that returns what it built, so that its heap can be measured while it is alive. */
	interface Operation {
		Object run() throws Exception;
	}

	private final int warmups;
	private final int runs;

	Harness(int warmups, int runs) {
		this.warmups = warmups;
		this.runs = runs;
	}

	Harness withRuns(int warmupCount, int runCount) {
		return new Harness(warmupCount, runCount);
	}

	Measurement measure(String name, String size, Operation operation) throws Exception {
		for (int i = 0; i < warmups; i++) {
			operation.run();
		}
		double[] millis = new double[runs];
		Object kept = null;
		long before = 0;
		for (int i = 0; i < runs; i++) {
			kept = null;
			before = usedHeap();
			long start = System.nanoTime();
			kept = operation.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		long heap = Math.max(0, usedHeap() - before);
		if (kept == null) {
			heap = 0;
		}
		Measurement measurement = Measurement.of(name, size, millis, heap);
		System.err.printf("bench: %-42s %-6s %10.1f ms (best %.1f, %d runs)%n", name, size, measurement.medianMillis(),
				measurement.bestMillis(), runs);
		return measurement;
	}

	private static long usedHeap() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 2; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}
}
