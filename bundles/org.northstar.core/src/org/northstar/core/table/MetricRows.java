package org.northstar.core.table;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.northstar.model.Dimension;
import org.northstar.model.Direction;
import org.northstar.model.Game;
import org.northstar.model.Relation;
import org.northstar.model.Window;

/**
 * Reads a metrics table ({@link MetricColumn}) as a spreadsheet exports it: columns in any order,
 * optional ones missing, separated by commas, semicolons or tabs (whichever the header line uses
 * most). Each row that cannot be used is a problem with its line; cells are checked here as far as
 * they can be without the model (kinds, names, enumeration values, numbers, dates).
 */
public final class MetricRows {

	private static final Pattern NAME = Pattern.compile("\\^?[A-Za-z_][A-Za-z_0-9]*");
	private static final List<String> KINDS = List.of("product", "northstar", "input", "guardrail", "kpi");

	private MetricRows() {
	}

	/** One usable row: its line in the file and its cells (missing columns and empty cells absent). */
	public record Row(int line, Map<MetricColumn, String> cells) {

		public String get(MetricColumn column) {
			return cells.getOrDefault(column, "");
		}

		public boolean has(MetricColumn column) {
			return !get(column).isEmpty();
		}

		/** product, northstar, input, guardrail or kpi. */
		public String kind() {
			return MetricColumn.squeeze(get(MetricColumn.KIND));
		}

		public List<String> owners() {
			return names(MetricColumn.OWNERS);
		}

		/** The names of a cell that lists several (owners, overlaps), separated by ';', ',' or spaces. */
		public List<String> names(MetricColumn column) {
			return List.of(get(column).split("[;,\\s]+")).stream().filter(s -> !s.isEmpty()).toList();
		}
	}

	/** A row that cannot be used, and why. */
	public record RowProblem(int line, String message) {
	}

	public record Table(List<Row> rows, List<RowProblem> problems) {
	}

	public static Table read(String text) {
		List<Row> rows = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		char delimiter = delimiter(body);
		Lines lines = new Lines(body);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
			Map<Integer, MetricColumn> columns = null;
			for (CSVRecord record : parser) {
				int line = lines.at(record.getCharacterPosition());
				if (columns == null) {
					columns = header(record, line, problems);
					if (columns == null) {
						break;
					}
					continue;
				}
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				Map<MetricColumn, String> cells = new EnumMap<>(MetricColumn.class);
				for (Map.Entry<Integer, MetricColumn> column : columns.entrySet()) {
					if (column.getKey() < record.size() && !record.get(column.getKey()).isBlank()) {
						cells.put(column.getValue(), record.get(column.getKey()).strip());
					}
				}
				Row row = new Row(line, cells);
				int before = problems.size();
				check(row, problems);
				if (problems.size() == before) {
					rows.add(row);
				}
			}
			if (columns == null && problems.isEmpty()) {
				problems.add(new RowProblem(1, "the file is empty; the first line must name the columns (product, name, kind, ...)"));
			}
		} catch (IOException | java.io.UncheckedIOException e) {
			problems.add(new RowProblem(lineOf(body, body.length()), "not readable as CSV (" + e.getMessage() + ")"));
		}
		return new Table(rows, problems);
	}

	/** The separator the header line uses most, outside quotes: comma, semicolon or tab. */
	static char delimiter(String text) {
		int comma = 0;
		int semicolon = 0;
		int tab = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			} else if (!quoted) {
				comma += c == ',' ? 1 : 0;
				semicolon += c == ';' ? 1 : 0;
				tab += c == '\t' ? 1 : 0;
			}
		}
		return tab > comma && tab >= semicolon ? '\t' : semicolon > comma ? ';' : ',';
	}

	private static Map<Integer, MetricColumn> header(CSVRecord record, int line, List<RowProblem> problems) {
		Map<Integer, MetricColumn> columns = new java.util.LinkedHashMap<>();
		for (int i = 0; i < record.size(); i++) {
			int index = i;
			MetricColumn.of(record.get(i)).ifPresent(column -> {
				if (columns.containsValue(column)) {
					problems.add(new RowProblem(line, "the column '" + column.header() + "' is named twice"));
				}
				columns.put(index, column);
			});
		}
		for (MetricColumn column : MetricColumn.values()) {
			if (column.required() && !columns.containsValue(column)) {
				problems.add(new RowProblem(line, "the header has no column '" + column.header()
						+ "'; the first line must name the columns (at least product, name and kind)"));
			}
		}
		return problems.isEmpty() ? columns : null;
	}

	private static void check(Row row, List<RowProblem> problems) {
		for (MetricColumn column : List.of(MetricColumn.PRODUCT, MetricColumn.NAME, MetricColumn.KIND)) {
			if (!row.has(column)) {
				problems.add(new RowProblem(row.line(), "no " + column.header() + "; every row needs a product, a name and a kind"));
				return;
			}
		}
		if (!KINDS.contains(row.kind())) {
			problems.add(new RowProblem(row.line(), "'" + row.get(MetricColumn.KIND) + "' is not a kind; use product, northstar, input, guardrail or kpi"));
		}
		name(row, MetricColumn.PRODUCT, problems);
		name(row, MetricColumn.NAME, problems);
		name(row, MetricColumn.PARENT, problems);
		for (MetricColumn column : List.of(MetricColumn.OWNERS, MetricColumn.OVERLAPS)) {
			for (String name : row.names(column)) {
				if (!NAME.matcher(name).matches()) {
					problems.add(new RowProblem(row.line(), "'" + name + "' is not a name (" + column.header() + "); separate names with ';'"));
				}
			}
		}
		literal(row, MetricColumn.DIMENSION, Dimension.VALUES.stream().map(Dimension::getLiteral).toList(), problems);
		literal(row, MetricColumn.RELATION, Relation.VALUES.stream().map(Relation::getLiteral).toList(), problems);
		literal(row, MetricColumn.WINDOW, Window.VALUES.stream().map(Window::getLiteral).toList(), problems);
		literal(row, MetricColumn.DIRECTION, Direction.VALUES.stream().map(Direction::getLiteral).toList(), problems);
		literal(row, MetricColumn.GAME, Game.VALUES.stream().map(Game::getLiteral).toList(), problems);
		number(row, MetricColumn.TARGET, problems);
		number(row, MetricColumn.THRESHOLD, problems);
		if (row.has(MetricColumn.TARGET_DATE)) {
			try {
				LocalDate.parse(row.get(MetricColumn.TARGET_DATE));
			} catch (DateTimeParseException e) {
				problems.add(new RowProblem(row.line(), "'" + row.get(MetricColumn.TARGET_DATE) + "' is not a date; write YYYY-MM-DD"));
			}
		}
		if (row.has(MetricColumn.TARGET) != row.has(MetricColumn.TARGET_DATE)) {
			problems.add(new RowProblem(row.line(), "a target needs both a value and a date (target and target date)"));
		}
	}

	private static void name(Row row, MetricColumn column, List<RowProblem> problems) {
		if (row.has(column) && !NAME.matcher(row.get(column)).matches()) {
			problems.add(new RowProblem(row.line(), "'" + row.get(column) + "' is not a name (" + column.header()
					+ "); use letters, digits and _, starting with a letter"));
		}
	}

	private static void literal(Row row, MetricColumn column, List<String> allowed, List<RowProblem> problems) {
		if (row.has(column) && !allowed.contains(row.get(column).toLowerCase(Locale.ROOT)) && !allowed.contains(row.get(column))) {
			problems.add(new RowProblem(row.line(), "'" + row.get(column) + "' is not a " + column.header() + "; use one of "
					+ String.join(", ", allowed)));
		}
	}

	private static void number(Row row, MetricColumn column, List<RowProblem> problems) {
		if (row.has(column)) {
			try {
				new BigDecimal(row.get(column));
			} catch (NumberFormatException e) {
				problems.add(new RowProblem(row.line(), "'" + row.get(column) + "' is not a number (" + column.header() + "); write e.g. 2.5"));
			}
		}
	}

	/** Line numbers of character positions asked in increasing order: each character is counted once. */
	private static final class Lines {
		private final String text;
		private int position;
		private int line = 1;

		Lines(String text) {
			this.text = text;
		}

		int at(long asked) {
			for (; position < Math.min(asked, text.length()); position++) {
				line += text.charAt(position) == '\n' ? 1 : 0;
			}
			return line;
		}
	}

	private static int lineOf(String text, long position) {
		return (int) text.substring(0, (int) Math.min(position, text.length())).chars().filter(c -> c == '\n').count() + 1;
	}
}
