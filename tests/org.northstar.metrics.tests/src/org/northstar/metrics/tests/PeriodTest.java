package org.northstar.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.northstar.metrics.Period;

/** The five ways a period is written, what each covers, and how they sort. */
class PeriodTest {

	@ParameterizedTest(name = "{0} is a {1} from {2} to {3}")
	@CsvSource({
			"2026-11-30, DAY, 2026-11-30, 2026-11-30",
			"2026-W48, WEEK, 2026-11-23, 2026-11-29",
			"2026-W01, WEEK, 2025-12-29, 2026-01-04",
			"2026-W53, WEEK, 2026-12-28, 2027-01-03",
			"2026-11, MONTH, 2026-11-01, 2026-11-30",
			"2024-02, MONTH, 2024-02-01, 2024-02-29",
			"2026-Q4, QUARTER, 2026-10-01, 2026-12-31",
			"2026-Q1, QUARTER, 2026-01-01, 2026-03-31",
			"2026, YEAR, 2026-01-01, 2026-12-31" })
	void everyFormParsesAndIsWrittenBackTheSame(String text, Period.Kind kind, LocalDate start, LocalDate end) {
		Period period = Trees.period(text);
		assertEquals(kind, period.kind());
		assertEquals(start, period.start());
		assertEquals(end, period.end());
		assertEquals(text, period.toString());
	}

	@ParameterizedTest(name = "''{0}'' is not a period")
	@ValueSource(strings = { "", "2026-13", "2026-02-30", "2025-W53", "2026-W00", "2026-Q5", "26", "2026/11/30", "W48", "last week" })
	void nonsenseIsNoPeriod(String text) {
		assertTrue(Period.parse(text).isEmpty(), text);
	}

	@Test
	void periodsSortByFirstDayThenShorterFirst() {
		List<String> written = List.of("2026", "2026-Q4", "2026-W48", "2026-11", "2025-12-31", "2026-10-01", "2026-W01");
		TreeSet<Period> sorted = new TreeSet<>(written.stream().map(Trees::period).toList());
		assertEquals(List.of("2026-W01", "2025-12-31", "2026", "2026-10-01", "2026-Q4", "2026-11", "2026-W48"),
				sorted.stream().map(Period::toString).toList());
	}

	@Test
	void surroundingSpacesAreForgiven() {
		assertEquals(Trees.period("2026-W48"), Trees.period(" 2026-W48 "));
	}
}
