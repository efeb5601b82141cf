package org.northstar.metrics.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.Period;
import org.northstar.metrics.Series;

/**
 * Reads a CSV file of metric values in one of two layouts, told apart by the header:
 * long ({@code metric,period,value}, one value a row) or wide ({@code period,<Metric>,...},
 * one period a row, an empty cell where a metric has no value). Everything or nothing:
 * a file with any bad row gives every problem found and no values.
 */
public final class CsvData {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true).get();

	private static final Pattern LINE = Pattern.compile("line (\\d+)");

	private final Path file;
	private final String shownAs;
	private final Set<String> metrics;
	private final String product;
	private final List<DataProblem> problems = new ArrayList<>();
	/** Each metric's values by period, each with where it was given: one map entry a cell. */
	private final Map<String, Map<Period, Given>> values = new HashMap<>();
	/** The periods met so far: a file repeats the same few dozen periods on every row. */
	private final PeriodTexts periods = new PeriodTexts();
	private LineNumbers lines;

	private CsvData(Path file, String shownAs, Set<String> metrics, String product) {
		this.file = file;
		this.shownAs = shownAs;
		this.metrics = metrics;
		this.product = product;
	}

	/**
	 * The values of {@code file} for the metrics named {@code metrics} (as written in the
	 * model) of product {@code product}; {@code shownAs} is how messages name the file.
	 */
	public static Measurements read(Path file, String shownAs, Set<String> metrics, String product) throws DataException {
		return new CsvData(file, shownAs, metrics, product).read();
	}

	private Measurements read() throws DataException {
		String text = text();
		lines = new LineNumbers(text);
		List<CSVRecord> records = records(text);
		if (records.isEmpty()) {
			throw fail(0, "the file is empty; give a header 'metric,period,value' (long) or 'period,<Metric>,...' (wide) and rows.");
		}
		readRows(records);
		if (!problems.isEmpty()) {
			throw new DataException(problems);
		}
		Map<String, Series> series = new TreeMap<>();
		values.forEach((name, byPeriod) -> {
			// sorted here, so that the series takes the map over without sorting it again
			TreeMap<Period, Double> numbers = new TreeMap<>();
			byPeriod.forEach((period, given) -> numbers.put(period, given.value()));
			series.put(name, Series.of(numbers));
		});
		return new Measurements(series);
	}

	private List<CSVRecord> records(String text) throws DataException {
		List<CSVRecord> records = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
			try {
				parser.forEach(records::add);
			} catch (UncheckedIOException e) {
				// commons-csv reports a malformed row (a quote never closed) this way; its message names the line
				Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
				int number = line.find() ? Integer.parseInt(line.group(1)) : (int) parser.getCurrentLineNumber();
				throw fail(number, "a malformed row (a quote that is never closed?); close every quote and keep one row a line.");
			}
		} catch (IOException e) {
			throw fail(0, "cannot be read (" + e.getMessage() + ").");
		}
		return records;
	}

	private String text() throws DataException {
		try {
			byte[] bytes = SteadyFile.read(file).orElseThrow(() -> fail(0, "changed while it was being read, " + SteadyFile.ATTEMPTS
					+ " times in a row; run again once whatever writes it has finished (no value of it was loaded)."));
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		} catch (NoSuchFileException e) {
			throw fail(0, "no such file; the path of 'data csv' is relative to the model file.");
		} catch (CharacterCodingException e) {
			throw fail(0, "not UTF-8 text; save the file as UTF-8 CSV.");
		} catch (IOException e) {
			throw fail(0, "cannot be read (" + e.getMessage() + ").");
		}
	}

	private void readRows(List<CSVRecord> records) {
		List<String> header = records.get(0).toList().stream().map(String::strip).toList();
		List<CSVRecord> rows = records.subList(1, records.size());
		if (header.size() == 3 && header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList()
				.equals(List.of("metric", "period", "value"))) {
			rows.forEach(this::readLong);
		} else if (header.size() >= 2 && header.get(0).equalsIgnoreCase("period")) {
			for (int column = 1; column < header.size(); column++) {
				knownMetric(header.get(column), records.get(0));
			}
			rows.forEach(row -> readWide(header, row));
		} else {
			problems.add(problem(records.get(0), "the header is '" + String.join(",", header)
					+ "'; it must be 'metric,period,value' (one value a row) or 'period,<Metric>,<Metric>,...' (one period a row)."));
		}
	}

	private void readLong(CSVRecord row) {
		if (row.size() != 3) {
			problems.add(problem(row, row.size() + " values where the header has 3; write metric,period,value."));
			return;
		}
		if (knownMetric(row.get(0), row)) {
			Period period = period(row.get(1), row);
			Double number = number(row.get(2), row.get(0), row);
			if (period != null && number != null) {
				put(row.get(0), period, number, row);
			}
		}
	}

	private void readWide(List<String> header, CSVRecord row) {
		if (row.size() != header.size()) {
			problems.add(problem(row, row.size() + " values where the header has " + header.size()
					+ "; give one value per column (an empty cell where there is none)."));
			return;
		}
		Period period = period(row.get(0), row);
		for (int column = 1; column < header.size(); column++) {
			String metric = header.get(column);
			if (!row.get(column).isEmpty() && metrics.contains(metric)) {
				Double number = number(row.get(column), metric, row);
				if (period != null && number != null) {
					put(metric, period, number, row);
				}
			}
		}
	}

	private boolean knownMetric(String name, CSVRecord row) {
		if (metrics.contains(name)) {
			return true;
		}
		problems.add(problem(row, "'" + name + "' is not a metric of product " + product
				+ "; use a name as written in the model (" + String.join(", ", new TreeSet<>(metrics)) + ")."));
		return false;
	}

	private Period period(String text, CSVRecord row) {
		Period period = periods.parse(text);
		if (period == null) {
			problems.add(problem(row, "'" + text + "' is not a period; write " + Period.FORMATS + "."));
		}
		return period;
	}

	private Double number(String text, String metric, CSVRecord row) {
		if (isDecimal(text)) {
			double number = Double.parseDouble(text);
			if (Double.isFinite(number)) {
				return number;
			}
		}
		problems.add(problem(row, "'" + text + "' is not a number (" + metric + "); write digits with a point for decimals, e.g. 1234.5."));
		return null;
	}

	/**
	 * A plain decimal: {@code [-+]?(digits[.digits?] | .digits)([eE][-+]?digits)?} with ASCII digits,
	 * nothing else (no NaN, Infinity, hex or 1_000 that {@code Double.parseDouble} would take).
	 * By hand rather than a regular expression: a status reads a million cells.
	 */
	private static boolean isDecimal(String text) {
		int i = sign(text, 0);
		int whole = digits(text, i);
		i += whole;
		int fraction = 0;
		if (i < text.length() && text.charAt(i) == '.') {
			fraction = digits(text, ++i);
			i += fraction;
		}
		if (whole == 0 && fraction == 0) {
			return false;
		}
		if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
			i = sign(text, i + 1);
			int exponent = digits(text, i);
			if (exponent == 0) {
				return false;
			}
			i += exponent;
		}
		return i == text.length();
	}

	private static int sign(String text, int at) {
		return at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '+') ? at + 1 : at;
	}

	private static int digits(String text, int from) {
		int i = from;
		while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
			i++;
		}
		return i - from;
	}

	private void put(String metric, Period period, double number, CSVRecord row) {
		Given earlier = values.computeIfAbsent(metric, m -> new HashMap<>()).putIfAbsent(period,
				new Given(number, row.getCharacterPosition()));
		if (earlier != null) {
			problems.add(problem(row, metric + " has a second value for " + period + " (the first is on line "
					+ lines.at(earlier.position()) + "); keep one."));
		}
	}

	/** A value and where it was given (a character position), to name the first when a second comes. */
	private record Given(double value, long position) {
	}

	private DataProblem problem(CSVRecord row, String message) {
		return new DataProblem(shownAs, lines.of(row), message);
	}

	private DataException fail(int line, String message) {
		return new DataException(new DataProblem(shownAs, line, message));
	}

	/** Line numbers (from 1) of character positions, so that a row spanning lines is named by its first. */
	private static final class LineNumbers {
		private final int[] starts;

		LineNumbers(String text) {
			// an int a line, not a boxed Integer: a long file has a line for each of its values
			int[] found = new int[64];
			int lines = 1;
			// CRLF, LF and a lone CR (old Mac files) each end a line, as commons-csv counts them (it names
			// the line of a malformed row itself): found by the CSV fuzz target, rows of a CR file were all "line 1"
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
					if (lines == found.length) {
						found = Arrays.copyOf(found, lines * 2);
					}
					found[lines++] = i + 1;
				}
			}
			starts = Arrays.copyOf(found, lines);
		}

		int of(CSVRecord row) {
			return at(row.getCharacterPosition());
		}

		int at(long position) {
			int index = Arrays.binarySearch(starts, (int) position);
			return (index >= 0 ? index : -index - 2) + 1;
		}
	}
}
