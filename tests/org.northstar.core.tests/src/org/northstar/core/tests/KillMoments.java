package org.northstar.core.tests;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * When to kill the next write: a random moment of a window as long as a write takes now. The time
 * of one write swings with the machine's load (CI shares its two cores with other work), so the
 * window follows the outcomes: a kill that came after the write had ended shortens it, one in the
 * middle of the write lengthens it a little. The kills keep landing in the write whatever the load.
 */
final class KillMoments {

	private static final long SHORTEST = TimeUnit.MILLISECONDS.toNanos(5);

	private final Random random;
	private long windowNanos;

	KillMoments(long oneWriteNanos, long seed) {
		this.random = new Random(seed);
		this.windowNanos = Math.max(TimeUnit.MILLISECONDS.toNanos(20), oneWriteNanos);
	}

	/** Nanoseconds after the writer's "writing" to kill it. */
	long next() {
		return (long) (random.nextDouble() * windowNanos * 1.2);
	}

	void landedInTheWrite() {
		windowNanos = windowNanos * 21 / 20;
	}

	void cameAfterTheWrite() {
		windowNanos = Math.max(SHORTEST, windowNanos * 17 / 20);
	}
}
