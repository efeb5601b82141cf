package org.northstar.metrics;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period a metric value belongs to: a day, an ISO week, a month, a quarter or a
 * year, written as in the data files ({@code 2026-11-30}, {@code 2026-W48},
 * {@code 2026-11}, {@code 2026-Q4}, {@code 2026}). Periods are ordered by their
 * first day, the shorter first when two start on the same day.
 */
public record Period(Kind kind, LocalDate start) implements Comparable<Period> {

	/** The lengths of period the data may use. */
	public enum Kind {
		DAY, WEEK, MONTH, QUARTER, YEAR
	}

	/** How a period is written, for messages that tell the user what to type. */
	public static final String FORMATS = "2026-11-30 (day), 2026-W48 (ISO week), 2026-11 (month), 2026-Q4 (quarter) or 2026 (year)";

	private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	/** The period written as {@code text}, or empty when it is none of the five forms or no such date exists. */
	public static Optional<Period> parse(String text) {
		String trimmed = text.strip();
		try {
			Matcher m;
			if ((m = DAY.matcher(trimmed)).matches()) {
				return Optional.of(new Period(Kind.DAY, LocalDate.of(number(m, 1), number(m, 2), number(m, 3))));
			}
			if ((m = WEEK.matcher(trimmed)).matches()) {
				return week(number(m, 1), number(m, 2));
			}
			if ((m = MONTH.matcher(trimmed)).matches()) {
				return Optional.of(new Period(Kind.MONTH, LocalDate.of(number(m, 1), number(m, 2), 1)));
			}
			if ((m = QUARTER.matcher(trimmed)).matches()) {
				return Optional.of(new Period(Kind.QUARTER, LocalDate.of(number(m, 1), 3 * number(m, 2) - 2, 1)));
			}
			if (YEAR.matcher(trimmed).matches()) {
				return Optional.of(new Period(Kind.YEAR, LocalDate.of(Integer.parseInt(trimmed), 1, 1)));
			}
		} catch (DateTimeException e) {
			// a month 13 or a 31 February: not a period
		}
		return Optional.empty();
	}

	private static Optional<Period> week(int year, int week) {
		LocalDate inWeekOne = LocalDate.of(year, 1, 4);
		if (week < 1 || week > IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(inWeekOne).getMaximum()) {
			return Optional.empty();
		}
		LocalDate monday = inWeekOne.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return Optional.of(new Period(Kind.WEEK, monday));
	}

	private static int number(Matcher m, int group) {
		return Integer.parseInt(m.group(group));
	}

	/** The last day of the period. */
	public LocalDate end() {
		return switch (kind) {
		case DAY -> start;
		case WEEK -> start.plusDays(6);
		case MONTH -> start.plusMonths(1).minusDays(1);
		case QUARTER -> start.plusMonths(3).minusDays(1);
		case YEAR -> start.plusYears(1).minusDays(1);
		};
	}

	@Override
	public int compareTo(Period other) {
		// by hand, not a Comparator chain: sorting a status's series compares periods millions of times
		int byStart = start.compareTo(other.start);
		return byStart != 0 ? byStart : kind.compareTo(other.kind);
	}

	/** The period as it is written in data files. */
	@Override
	public String toString() {
		// written often (every value of a series in JSON): no String.format
		return switch (kind) {
		case DAY -> start.toString();
		case WEEK -> start.get(IsoFields.WEEK_BASED_YEAR) + "-W" + twoDigits(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		case MONTH -> start.getYear() + "-" + twoDigits(start.getMonthValue());
		case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
		case YEAR -> Integer.toString(start.getYear());
		};
	}

	private static String twoDigits(int number) {
		return number < 10 ? "0" + number : Integer.toString(number);
	}
}
