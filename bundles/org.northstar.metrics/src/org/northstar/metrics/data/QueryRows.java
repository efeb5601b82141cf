package org.northstar.metrics.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.northstar.metrics.Measurements;
import org.northstar.metrics.Period;
import org.northstar.metrics.ProductMetrics;
import org.northstar.metrics.Series;
import org.northstar.model.Metric;
import org.northstar.model.Product;
import org.northstar.model.QuerySource;

/**
 * Runs the data source's {@code query}, whose rows are (metric, period, value), and each metric's
 * own {@code query} (period, value) on one connection and reads the rows into {@link Measurements}.
 * All or nothing: any problem (a failing query, a bad row, a query that
 * writes or runs too long, a database that goes away) gives a {@link DataException} with every
 * problem found, and no value is returned. Every message passes through the connection's
 * {@link Secrets} first. {@code sqlOf} turns a query as written into the SQL to run (DuckDB fills
 * in {@code ${folder}}). A database that can run the queries as one statement ({@link Batch}) is
 * asked to first; whatever goes wrong there, the queries run one by one, as they always did.
 */
final class QueryRows {

	/** Rows of one query named in problems before the rest are only counted. */
	private static final int ROWS_SHOWN = 5;

	/** What a database does to keep each query to reading. */
	interface ReadOnly {
		/** Starts the read-only transaction a query runs in (after a failed one, a fresh one). */
		default void begin(Connection connection) throws SQLException {
		}

		/**
		 * Why a prepared statement is refused (DuckDB tells what it would do), or null when it only reads;
		 * the caller adds what the query should return.
		 */
		default String refusal(PreparedStatement statement) throws SQLException {
			return null;
		}
	}

	/** Runs all the queries as one statement, for speed only. */
	interface Batch {
		/** Runs none of the queries. */
		Batch NONE = (connection, queries, readOnly, timeoutSeconds) -> null;

		/**
		 * Each query's values, in the order of {@code queries}, when every query ran and every row was a
		 * clean (period, value); null otherwise (the queries are then run one by one, to name the problem).
		 */
		List<Map<Period, Double>> values(Connection connection, List<String> queries, ReadOnly readOnly, int timeoutSeconds);
	}

	private final Connection connection;
	private final Product product;
	private final String modelFile;
	private final DataSettings settings;
	private final Secrets secrets;
	private final ReadOnly readOnly;
	private final UnaryOperator<String> sqlOf;
	private final Batch batch;
	private final PeriodTexts periods = new PeriodTexts();
	private final List<DataProblem> problems = new ArrayList<>();
	private final Map<String, Series> series = new TreeMap<>();

	QueryRows(Connection connection, Product product, String modelFile, DataSettings settings, Secrets secrets, ReadOnly readOnly,
			UnaryOperator<String> sqlOf, Batch batch) {
		this.connection = connection;
		this.product = product;
		this.modelFile = modelFile;
		this.settings = settings;
		this.secrets = secrets;
		this.readOnly = readOnly;
		this.sqlOf = sqlOf;
		this.batch = batch;
	}

	Measurements read() throws DataException {
		List<Metric> queried = ProductMetrics.metricsOf(product).stream()
				.filter(metric -> metric.getName() != null && metric.getQuery() != null).toList();
		boolean connected = true;
		if (product.getDataSource() instanceof QuerySource source && source.getQuery() != null) {
			connected = ran(new ProductQuery(source, queried), "at the product's query");
		}
		if (connected && !batched(queried)) {
			for (int i = 0; i < queried.size(); i++) {
				if (!ran(new MetricQuery(queried.get(i)), "at query " + (i + 1) + " of " + queried.size())) {
					break;
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new DataException(problems);
		}
		return new Measurements(series);
	}

	/** Whether the metrics' own queries ran as one statement, their series taken. */
	private boolean batched(List<Metric> queried) {
		if (queried.size() <= 1) {
			return false;
		}
		List<Map<Period, Double>> all = batch.values(connection, queried.stream().map(metric -> sqlOf.apply(metric.getQuery())).toList(),
				readOnly, settings.queryTimeoutSeconds());
		if (all == null) {
			return false;
		}
		for (int i = 0; i < queried.size(); i++) {
			series.put(queried.get(i).getName(), Series.of(all.get(i)));
		}
		return true;
	}

	private String lostMessage(SQLException e, String where) {
		return "the database went away while loading (" + where + "): " + message(e) + "; nothing was loaded. Check that the"
				+ " database is up and reachable, and run again.";
	}

	/** One query as it is read: its SQL, what it returns, what a row adds, and where its problems are told. */
	private interface Query {
		String sql();

		/** What the query should return, as messages say it: "(period, value)". */
		String returns();

		/** What to say when the rows have too few columns for it, or null when they have enough. */
		String tooFewColumns(int columns);

		/** Takes one row; what is wrong with it, or null. */
		String take(ResultSet rows) throws SQLException;

		/** Every row was right: keeps the series read. */
		void keep();

		DataProblem problem(String message);
	}

	/**
	 * Runs the query and reads its rows, telling every problem; false when the database went away,
	 * so that no further query can run ({@code where}: which query it was, for that message).
	 */
	private boolean ran(Query query, String where) {
		try {
			run(query);
		} catch (SQLException e) {
			if (lost(e)) {
				problems.add(query.problem(lostMessage(e, where)));
				return false;
			}
			problems.add(query.problem(failure(e)));
		}
		return true;
	}

	private void run(Query query) throws SQLException {
		String sql = query.sql();
		if (!SqlText.oneStatement(sql)) {
			problems.add(query.problem("the query holds more than one statement; give one SELECT that returns " + query.returns()
					+ " rows."));
			return;
		}
		readOnly.begin(connection);
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			String refusal = readOnly.refusal(statement);
			if (refusal != null) {
				problems.add(query.problem(refusal + ": give one SELECT returning " + query.returns() + "."));
				return;
			}
			statement.setQueryTimeout(settings.queryTimeoutSeconds());
			try (ResultSet rows = statement.executeQuery()) {
				readRows(query, rows);
			}
		}
	}

	private void readRows(Query query, ResultSet rows) throws SQLException {
		String tooFew = query.tooFewColumns(rows.getMetaData().getColumnCount());
		if (tooFew != null) {
			problems.add(query.problem(tooFew));
			return;
		}
		int row = 0;
		int bad = 0;
		while (rows.next()) {
			row++;
			String wrong = query.take(rows);
			if (wrong != null && ++bad <= ROWS_SHOWN) {
				problems.add(query.problem("row " + row + " of the query: " + wrong));
			}
		}
		if (bad > ROWS_SHOWN) {
			problems.add(query.problem((bad - ROWS_SHOWN) + " more rows of the query are wrong in the same ways."));
		}
		if (bad == 0) {
			query.keep();
		}
	}

	/** A metric's own {@code query}: rows of (period, value). */
	private final class MetricQuery implements Query {

		private final Metric metric;
		private final Map<Period, Double> values = new HashMap<>();

		MetricQuery(Metric metric) {
			this.metric = metric;
		}

		@Override
		public String sql() {
			return sqlOf.apply(metric.getQuery());
		}

		@Override
		public String returns() {
			return "(period, value)";
		}

		@Override
		public String tooFewColumns(int columns) {
			return columns >= 2 ? null
					: "the query returns " + columns + " column; return two, the period and the value (SELECT period, value ...).";
		}

		@Override
		public String take(ResultSet rows) throws SQLException {
			return put(values, rows, 1, periods);
		}

		@Override
		public void keep() {
			series.put(metric.getName(), Series.of(values));
		}

		@Override
		public DataProblem problem(String message) {
			return new DataProblem(modelFile, settings.queryLines().applyAsInt(metric), metric.getName() + ": " + secrets.scrub(message));
		}
	}

	/**
	 * The data source's {@code query}: one statement for many metrics, as a table of all metrics in
	 * a warehouse is read, and one scan of a Parquet file instead of one a metric. Its rows are
	 * (metric, period, value), the metric named as written in the model; a metric with a query of its
	 * own takes its values from that one, so the product's rows for it are not read.
	 */
	private final class ProductQuery implements Query {

		private final QuerySource source;
		private final Set<String> ownQuery = new HashSet<>();
		private final Set<String> names;
		private final Map<String, Map<Period, Double>> values = new HashMap<>();

		ProductQuery(QuerySource source, List<Metric> queried) {
			this.source = source;
			queried.forEach(metric -> ownQuery.add(metric.getName()));
			names = ProductMetrics.namesOf(product);
		}

		@Override
		public String sql() {
			return sqlOf.apply(source.getQuery());
		}

		@Override
		public String returns() {
			return "(metric, period, value)";
		}

		@Override
		public String tooFewColumns(int columns) {
			return columns >= 3 ? null
					: "the query returns " + columns + (columns == 1 ? " column" : " columns")
							+ "; return three, the metric's name, the period and the value (SELECT metric, period, value ...).";
		}

		@Override
		public String take(ResultSet rows) throws SQLException {
			String name = rows.getString(1);
			if (name == null || !names.contains(name.strip())) {
				return "'" + name + "' is not a metric of product " + product.getName() + "; return names as written in the model ("
						+ String.join(", ", names) + "), or leave the others out (WHERE metric IN (...)).";
			}
			name = name.strip();
			if (ownQuery.contains(name)) {
				return null;
			}
			return put(values.computeIfAbsent(name, key -> new HashMap<>()), rows, 2, periods);
		}

		@Override
		public void keep() {
			values.forEach((name, byPeriod) -> series.put(name, Series.of(byPeriod)));
		}

		@Override
		public DataProblem problem(String message) {
			return new DataProblem(modelFile, settings.queryLines().applyAsInt(source),
					"the query of product " + product.getName() + ": " + secrets.scrub(message));
		}
	}

	/** Puts the value of the row's columns {@code periodColumn} and the next; what is wrong with the row, or null. */
	static String put(Map<Period, Double> values, ResultSet rows, int periodColumn, PeriodTexts periods) throws SQLException {
		Object written = rows.getObject(periodColumn);
		Period when = period(written, periods);
		if (when == null) {
			return "'" + written + "' is not a period; return " + Period.FORMATS + " as text (ISO weeks: strftime(day,"
					+ " '%G-W%V') in DuckDB, to_char(day, 'IYYY-\"W\"IW') in PostgreSQL).";
		}
		Object value = rows.getObject(periodColumn + 1);
		if (value == null) {
			return null;
		}
		double number;
		if (value instanceof Number n) {
			number = n.doubleValue();
		} else {
			try {
				number = Double.parseDouble(value.toString().strip());
			} catch (NumberFormatException e) {
				return "'" + value + "' (" + when + ") is not a number; return a numeric value.";
			}
		}
		if (!Double.isFinite(number)) {
			return "the value of " + when + " is " + number + "; return a finite number.";
		}
		if (values.putIfAbsent(when, number) != null) {
			return "a second value for " + when + "; return one row per period (GROUP BY the period).";
		}
		return null;
	}

	private static Period period(Object written, PeriodTexts periods) {
		LocalDate day = switch (written) {
		case null -> null;
		case java.sql.Date date -> date.toLocalDate();
		case Timestamp timestamp -> timestamp.toLocalDateTime().toLocalDate();
		case LocalDate date -> date;
		case LocalDateTime time -> time.toLocalDate();
		case OffsetDateTime time -> time.toLocalDate();
		default -> null;
		};
		if (day != null) {
			return periods.parse(day.toString());
		}
		return written == null ? null : periods.parse(written.toString().strip());
	}

	private String failure(SQLException e) {
		if (timedOut(e)) {
			return "the query ran longer than " + settings.queryTimeoutSeconds() + " s and was stopped; make it faster,"
					+ " or give it more time (--query-timeout SECONDS).";
		}
		if ("25006".equals(e.getSQLState())) {
			return "the query tries to write (" + message(e) + "); queries may only read.";
		}
		return "the query failed: " + message(e) + "; correct the query in the model.";
	}

	private static boolean timedOut(SQLException e) {
		String text = String.valueOf(e.getMessage());
		return e instanceof SQLTimeoutException || "57014".equals(e.getSQLState()) || text.contains("Interrupted!");
	}

	/** Whether the connection is gone (SQLState class 08, or closed under us), so no further query can run. */
	private boolean lost(SQLException e) {
		if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
			return true;
		}
		try {
			return connection.isClosed();
		} catch (SQLException closed) {
			return true;
		}
	}

	/** The database's own words, on one line, without any secret. */
	private String message(SQLException e) {
		String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return secrets.scrub(text.strip().replaceAll("\\s*\\R\\s*", " "));
	}
}
