package org.northstar.metrics.data;

import java.util.HashMap;
import java.util.Map;

import org.northstar.metrics.Period;

/**
 * Period texts as one load reads them, each parsed once: the rows of 44 metrics over two years
 * repeat the same 104 weeks, and parsing (patterns, ISO week arithmetic) was a fifth of reading
 * them. Bounded, so that a hostile source of endless distinct texts is parsed, not hoarded.
 * One per load and thread.
 */
final class PeriodTexts {

	private static final int MOST_KEPT = 10_000;

	private final Map<String, Period> parsed = new HashMap<>();

	/** The period the text names, or null when it names none. */
	Period parse(String text) {
		Period period = parsed.get(text);
		if (period == null && !parsed.containsKey(text)) {
			period = Period.parse(text).orElse(null);
			if (parsed.size() < MOST_KEPT) {
				parsed.put(text, period);
			}
		}
		return period;
	}
}
