package org.northstar.metrics.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.northstar.metrics.Period;

/**
 * A product's queries run by DuckDB as one statement, a {@code UNION ALL} of them with each row
 * tagged by its query's index: one prepare and one run a product instead of one a metric, which
 * about halved DuckDB's time a query (1.5-4 ms alone; see benchmarks/RESULTS.md). Each query's first two columns are
 * taken by position, as when it runs alone, and with their types ({@code typeof}): a union casts
 * every query's columns to one type (a {@code REAL} value beside a {@code VARCHAR} one would come
 * back as text and read as another number), so a batch where any query's types were changed is not
 * used.
 * <p>
 * The batch only ever speeds up a clean load: when it cannot be built (a query that could mean
 * something else inside parentheses), or DuckDB refuses, fails or stops it, or any row is not a clean
 * (period, value), it gives nothing and {@link QueryRows} runs the queries one by one, which names the
 * metric and the problem as before. It builds no message itself, so none can carry a secret. The
 * batch has one query's timeout: a slow query is stopped there, then again when it runs alone.
 */
final class DuckDbBatch implements QueryRows.Batch {

	@Override
	public List<Map<Period, Double>> values(Connection connection, List<String> queries, QueryRows.ReadOnly readOnly,
			int timeoutSeconds) {
		String sql = sql(queries);
		if (sql == null) {
			return null;
		}
		List<Map<Period, Double>> values = new ArrayList<>();
		queries.forEach(query -> values.add(new HashMap<>()));
		try {
			readOnly.begin(connection);
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				if (readOnly.refusal(statement) != null) {
					return null;
				}
				statement.setQueryTimeout(timeoutSeconds);
				try (ResultSet rows = statement.executeQuery()) {
					return read(rows, values) ? values : null;
				}
			}
		} catch (SQLException e) {
			return null;
		}
	}

	/** Whether every row was clean: its query's own types, a period and a number or none, no period twice. */
	private static boolean read(ResultSet rows, List<Map<Period, Double>> values) throws SQLException {
		PeriodTexts periods = new PeriodTexts();
		while (rows.next()) {
			int query = rows.getInt(1);
			if (query < 0 || query >= values.size() || !rows.getBoolean(4) || QueryRows.put(values.get(query), rows, 2, periods) != null) {
				return false;
			}
		}
		return true;
	}

	/**
	 * {@code SELECT q, p, v, <types unchanged> FROM (SELECT 0 AS q, #1 AS p, #2 AS v, typeof(#1) AS tp,
	 * typeof(#2) AS tv FROM (<query 0>) UNION ALL SELECT 1, ... FROM (<query 1>) ...)}, or null when a
	 * query could mean something else inside parentheses ({@link SqlText#enclosable}). Each query stands on lines of its own, so that a comment ending it
	 * cannot swallow the closing parenthesis; a trailing semicolon, which a query alone may have, is left out.
	 */
	static String sql(List<String> queries) {
		StringBuilder sql = new StringBuilder("SELECT q, p, v, typeof(p) = tp AND typeof(v) = tv FROM (\n");
		for (int i = 0; i < queries.size(); i++) {
			String query = queries.get(i);
			if (!SqlText.enclosable(query)) {
				return null;
			}
			sql.append(i == 0 ? "SELECT 0 AS q, #1 AS p, #2 AS v, typeof(#1) AS tp, typeof(#2) AS tv FROM (\n"
					: "\nUNION ALL\nSELECT " + i + ", #1, #2, typeof(#1), typeof(#2) FROM (\n").append(withoutSemicolon(query)).append("\n)");
		}
		sql.append("\n)");
		// what DuckDB is given is checked as every query is
		return SqlText.oneStatement(sql.toString()) ? sql.toString() : null;
	}

	private static String withoutSemicolon(String query) {
		String stripped = query.strip();
		return stripped.endsWith(";") ? stripped.substring(0, stripped.length() - 1) : stripped;
	}
}
