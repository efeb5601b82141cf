import java.util.concurrent.TimeUnit;

/** What every fuzz target of {@code ./northstar fuzz} counts as too slow: a second, unless the run says otherwise. */
final class FuzzLimits {

	private FuzzLimits() {
	}

	/** -Dnorthstar.fuzz.slowMillis (1,000 by default) in nanoseconds. */
	static long slowNanos() {
		return TimeUnit.MILLISECONDS.toNanos(Long.getLong("northstar.fuzz.slowMillis", 1000));
	}
}
