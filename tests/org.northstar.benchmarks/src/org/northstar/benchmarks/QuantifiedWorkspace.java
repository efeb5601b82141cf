package org.northstar.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

import org.duckdb.DuckDBDriver;

/**
 * The benchmark workspace with numbers: every product names its data, every metric has
 * {@link #WEEKS} weeks of values (two years, to 2026-W48), the North Star and its four inputs have
 * targets. Where the data lives is a {@link DataSource}: CSV files in either layout, or Parquet
 * files read by DuckDB queries, one per metric or one per product.
 */
final class QuantifiedWorkspace {

	static final int WEEKS = 104;
	private static final LocalDate LAST_WEEK = LocalDate.of(2026, 11, 23);

	/** Where the data lives and how a model names it. */
	interface DataSource {
		/** How the results table names the source: "CSV, wide". */
		String label();

		/** The product's data clause, a whole line: {@code data csv "data/product3.csv"}. */
		String productClause(int product);

		/** What a metric adds for this source (a query); nothing by default. */
		default String metricClause(int product, String metric) {
			return "";
		}

		/** Writes the product's data where {@link #productClause} says it is, {@code folder} being the models'. */
		void write(Path folder, int product, WeeklyData data) throws IOException;

		/** The name {@code Bench --source} selects it by, and its folder's: "csv-wide". */
		default String key() {
			return label().toLowerCase(Locale.ROOT).replaceAll("\\W+", "-");
		}
	}

	/** The sources {@code ./northstar bench} measures {@code status} with. */
	static List<DataSource> sources() {
		return List.of(Csv.WIDE, Csv.LONG, DuckDbParquet.QUERY_A_METRIC, DuckDbParquet.QUERY_A_PRODUCT);
	}

	/** One product's data: the periods as written (2026-W48) and each metric's value in each. */
	record WeeklyData(List<String> periods, Map<String, double[]> values) {
	}

	private QuantifiedWorkspace() {
	}

	/** Writes the models and their data into {@code folder}; returns the model files. */
	static List<Path> write(Path folder, int products, DataSource source) throws IOException {
		List<Path> files = WorkspaceGenerator.write(folder, products, new WorkspaceGenerator.Extras() {
			@Override
			public String productClauses(int product) {
				return "    " + source.productClause(product) + "\n";
			}

			@Override
			public String metricClauses(int product, String metric) {
				String target = target(metric);
				String query = source.metricClause(product, metric);
				return (target.isEmpty() ? "" : "        " + target + "\n") + (query.isEmpty() ? "" : "        " + query + "\n");
			}
		});
		List<String> periods = periods();
		for (int p = 0; p < products; p++) {
			source.write(folder, p, data(p, periods));
		}
		return files;
	}

	/** The North Star and the four top inputs aim a quarter above where they stand. */
	private static String target(String metric) {
		if (metric.equals("Completed")) {
			return "target 5000 by 2027-06-30";
		}
		return metric.matches("I\\d") ? "target 1250 by 2027-06-30" : "";
	}

	private static List<String> periods() {
		List<String> periods = new ArrayList<>();
		LocalDate monday = LAST_WEEK.with(DayOfWeek.MONDAY).minusWeeks(WEEKS - 1);
		for (int w = 0; w < WEEKS; w++, monday = monday.plusWeeks(1)) {
			int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
			periods.add(monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + (week < 10 ? "0" : "") + week);
		}
		return periods;
	}

	/**
	 * Trending, noisy series (the same every run): inputs and their drivers drift up, the North
	 * Star is the sum of the top inputs plus noise (its formula explains most of it), the KPI follows
	 * it, the guardrails wander around their thresholds.
	 */
	private static WeeklyData data(int product, List<String> periods) {
		Random random = new Random(product);
		Map<String, double[]> values = new LinkedHashMap<>();
		for (String metric : WorkspaceGenerator.metricNames()) {
			values.put(metric, new double[periods.size()]);
		}
		for (int w = 0; w < periods.size(); w++) {
			double sum = 0;
			for (String metric : WorkspaceGenerator.metricNames()) {
				if (metric.startsWith("I")) {
					double base = metric.length() == 2 ? 800 : metric.length() == 4 ? 200 : 50;
					double value = Math.round(base * (1 + 0.004 * w) + base * 0.1 * random.nextGaussian());
					values.get(metric)[w] = value;
					sum += metric.length() == 2 ? value : 0;
				}
			}
			values.get("Completed")[w] = Math.round(sum + 50 * random.nextGaussian());
			values.get("Seats")[w] = Math.round(sum * 0.3 + 40 * random.nextGaussian());
			values.get("Churn")[w] = Math.round((2.3 + 0.3 * random.nextGaussian()) * 100) / 100.0;
			values.get("Satisfaction")[w] = Math.round((4.4 + 0.2 * random.nextGaussian()) * 100) / 100.0;
		}
		return new WeeklyData(periods, values);
	}

	/** CSV files beside the models, {@code data/productN.csv}, in either layout. */
	enum Csv implements DataSource {
		LONG("CSV, long"), WIDE("CSV, wide");

		private final String label;

		Csv(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}

		@Override
		public String productClause(int product) {
			return "data csv \"data/product" + product + ".csv\"";
		}

		@Override
		public void write(Path folder, int product, WeeklyData data) throws IOException {
			StringBuilder csv = new StringBuilder();
			if (this == LONG) {
				csv.append("metric,period,value\n");
				data.values().forEach((metric, values) -> {
					for (int w = 0; w < values.length; w++) {
						csv.append(metric).append(',').append(data.periods().get(w)).append(',').append(number(values[w])).append('\n');
					}
				});
			} else {
				csv.append("period,").append(String.join(",", data.values().keySet())).append('\n');
				for (int w = 0; w < data.periods().size(); w++) {
					csv.append(data.periods().get(w));
					for (double[] values : data.values().values()) {
						csv.append(',').append(number(values[w]));
					}
					csv.append('\n');
				}
			}
			Path file = folder.resolve("data/product" + product + ".csv");
			Files.createDirectories(file.getParent());
			Files.writeString(file, csv);
		}

		private static String number(double value) {
			return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
		}
	}

	/**
	 * {@code data duckdb} over Parquet, as teams have it: the long CSV of each product turned into
	 * {@code data/productN.parquet} by DuckDB itself (the CSV is then deleted), read either by each
	 * metric's {@code query} selecting its rows (44 queries per product, 10k in all), or by the
	 * product's one {@code query} returning (metric, period, value) for all of them.
	 */
	enum DuckDbParquet implements DataSource {
		QUERY_A_METRIC("DuckDB, Parquet", "duckdb-parquet"),
		QUERY_A_PRODUCT("DuckDB, Parquet, one query a product", "duckdb-product-query");

		private final String label;
		private final String key;

		DuckDbParquet(String label, String key) {
			this.label = label;
			this.key = key;
		}

		@Override
		public String label() {
			return label;
		}

		@Override
		public String key() {
			return key;
		}

		@Override
		public String productClause(int product) {
			return this == QUERY_A_METRIC ? "data duckdb"
					: "data duckdb query \"SELECT metric, period, value FROM '${folder}/" + file(product) + "'\"";
		}

		@Override
		public String metricClause(int product, String metric) {
			return this == QUERY_A_PRODUCT ? ""
					: "query \"SELECT period, value FROM '${folder}/" + file(product) + "' WHERE metric = '" + metric + "'\"";
		}

		@Override
		public void write(Path folder, int product, WeeklyData data) throws IOException {
			Csv.LONG.write(folder, product, data);
			Path csv = folder.resolve("data/product" + product + ".csv");
			try (Connection connection = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
					Statement statement = connection.createStatement()) {
				statement.execute("COPY (SELECT * FROM read_csv('" + csv + "', header = true, columns = {'metric': 'VARCHAR',"
						+ " 'period': 'VARCHAR', 'value': 'DOUBLE'})) TO '" + folder.resolve(file(product)) + "' (FORMAT parquet)");
			} catch (SQLException e) {
				throw new IOException("DuckDB could not write " + file(product) + ": " + e.getMessage(), e);
			}
			Files.delete(csv);
		}

		private static String file(int product) {
			return "data/product" + product + ".parquet";
		}
	}
}
