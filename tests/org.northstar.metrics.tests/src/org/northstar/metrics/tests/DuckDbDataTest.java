package org.northstar.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.northstar.metrics.tests.Trees.metric;
import static org.northstar.metrics.tests.Trees.period;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.duckdb.DuckDBDriver;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.Period;
import org.northstar.metrics.data.DataException;
import org.northstar.metrics.data.DataProblem;
import org.northstar.metrics.data.DataSettings;
import org.northstar.metrics.data.DataSources;
import org.northstar.model.Metric;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/**
 * {@code data duckdb}: queries over the project's CSV and Parquet files (the Parquet file written by
 * DuckDB itself), a read-only database file, writes refused, files outside the project refused
 * unless allowed, bad rows and failing or slow queries: a clear message and nothing loaded.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class DuckDbDataTest {

	@TempDir
	Path dir;

	@Inject
	private Trees trees;

	private Path project;

	@BeforeEach
	void projectWithCsvAndParquet() throws Exception {
		project = Files.createDirectories(dir.resolve("project"));
		Files.createDirectories(project.resolve(".git"));
		Files.createDirectories(project.resolve("models/data"));
		Files.writeString(project.resolve("models/data/senders.csv"), "week,senders\n2026-W01,10\n2026-W02,12\n2026-W03,15\n");
		Files.writeString(project.resolve("models/data/share.csv"), "week,share\n2026-W01,0.5\n2026-W02,0.6\n2026-W03,0.75\n");
		Path parquet = project.resolve("models/data/share.parquet");
		try (Connection duckdb = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
				Statement statement = duckdb.createStatement()) {
			statement.execute("COPY (SELECT * FROM read_csv('" + project.resolve("models/data/share.csv") + "')) TO '" + parquet
					+ "' (FORMAT PARQUET)");
		}
		assertTrue(Files.size(parquet) > 0);
	}

	@Test
	void eachMetricsQueryReadsTheProjectsCsvAndParquetFiles() throws Exception {
		Product product = product("""
				    data duckdb
				    northstar N { formula A * B }
				    input A { query "SELECT week, senders FROM read_csv('${folder}/data/senders.csv')" }
				    input B { query "SELECT week, share FROM '${folder}/data/share.parquet' ORDER BY week" }
				""");
		Measurements data = DataSources.load(product);
		assertEquals(Map.of(period("2026-W01"), 10.0, period("2026-W02"), 12.0, period("2026-W03"), 15.0),
				data.of(metric(product, "A")).asMap());
		assertEquals(Map.of(period("2026-W01"), 0.5, period("2026-W02"), 0.6, period("2026-W03"), 0.75),
				data.of(metric(product, "B")).asMap());
		assertTrue(data.of(metric(product, "N")).isEmpty(), "N has no query: computed from its formula");
	}

	@Test
	void datesBecomeDaysAndNullValuesAreNoValue() throws Exception {
		Product product = product("""
				    data duckdb
				    northstar N { query "SELECT DATE '2026-11-30', 3 UNION ALL SELECT DATE '2026-12-01', NULL" }
				""");
		assertEquals(Map.of(period("2026-11-30"), 3.0), DataSources.load(product).of("N").asMap());
	}

	@Test
	void aDatabaseFileIsOpenedReadOnlyAndAnInsertIsRefused() throws Exception {
		Path database = project.resolve("models/warehouse.duckdb");
		try (Connection duckdb = new DuckDBDriver().connect("jdbc:duckdb:" + database, new Properties());
				Statement statement = duckdb.createStatement()) {
			statement.execute("CREATE TABLE weekly AS SELECT * FROM read_csv('" + project.resolve("models/data/senders.csv") + "')");
		}
		Product reads = product("""
				    data duckdb "warehouse.duckdb"
				    northstar N { query "SELECT week, senders FROM weekly" }
				""");
		assertEquals(3, DataSources.load(reads).of("N").asMap().size());
		Product writes = product("""
				    data duckdb "warehouse.duckdb"
				    northstar N { query "INSERT INTO weekly VALUES ('2026-W09', 99) RETURNING week, senders" }
				""");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(writes));
		assertTrue(e.getMessage().contains("N: the query failed") && e.getMessage().contains("read-only"), e::getMessage);
		try (Connection duckdb = new DuckDBDriver().connect("jdbc:duckdb:" + database, new Properties());
				Statement statement = duckdb.createStatement();
				ResultSet count = statement.executeQuery("SELECT count(*) FROM weekly")) {
			count.next();
			assertEquals(3, count.getInt(1), "the table is unchanged");
		}
	}

	@Test
	void anInMemoryDatabaseWritesNoFileAndRunsOneStatementOnly() throws Exception {
		assertRefused("COPY (SELECT '2026-W01', 1) TO '${folder}/data/stolen.csv'", "N: the query does not only read");
		assertRefused("COPY (SELECT 1) TO '${folder}/data/stolen.csv'; SELECT '2026-W01', 1",
				"N: the query holds more than one statement");
		assertRefused("SET enable_external_access = true", "N: the query does not only read");
		assertFalse(Files.exists(project.resolve("models/data/stolen.csv")), "no file was written");
	}

	private void assertRefused(String query, String message) throws Exception {
		Product product = product("    data duckdb\n    northstar N { query \"" + query + "\" }\n");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(product));
		assertTrue(e.getMessage().contains(message), e::getMessage);
	}

	@Test
	void filesOutsideTheProjectAreRefusedUnlessAllowed() throws Exception {
		Files.writeString(dir.resolve("outside.csv"), "week,n\n2026-W01,7\n");
		Product product = product("""
				    data duckdb
				    northstar N { query "SELECT week, n FROM read_csv('${folder}/../../outside.csv')" }
				""");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(product));
		assertTrue(e.getMessage().contains("N: the query failed: Permission Error"), e::getMessage);
		assertEquals(Map.of(period("2026-W01"), 7.0),
				DataSources.load(product, DataSettings.defaults().allowingOutsideProject(true)).of("N").asMap());
	}

	@Test
	void aDatabaseFileOutsideTheProjectIsRefusedUnlessAllowed() throws Exception {
		try (Connection duckdb = new DuckDBDriver().connect("jdbc:duckdb:" + dir.resolve("elsewhere.duckdb"), new Properties());
				Statement statement = duckdb.createStatement()) {
			statement.execute("CREATE TABLE t AS SELECT '2026-W01' AS week, 5 AS n");
		}
		Product product = product("""
				    data duckdb "../../elsewhere.duckdb"
				    northstar N { query "SELECT week, n FROM t" }
				""");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(product));
		assertTrue(e.getMessage().contains("which is outside the project folder " + project.toRealPath())
				&& e.getMessage().contains("--allow-outside-data"), e::getMessage);
		assertEquals(1, DataSources.load(product, DataSettings.defaults().allowingOutsideProject(true)).of("N").asMap().size());
	}

	@Test
	void aFailingQueryNamesTheMetricItsLineAndTheDatabasesMessageAndNothingIsLoaded() throws Exception {
		Product product = product("""
				    data duckdb
				    northstar N { formula A }
				    input A { query "SELECT week, senders FROM read_csv('${folder}/data/senders.csv')" }
				    input B {
				        query "SELECT week, n FROM no_such_table"
				    }
				""");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(product, withLines()));
		assertEquals(1, e.problems().size(), e::getMessage);
		DataProblem problem = e.problems().get(0);
		assertEquals(project.resolve("models/p.northstar").toString(), problem.where());
		assertEquals(6, problem.line());
		assertTrue(problem.message().startsWith("B: the query failed: Catalog Error: Table with name no_such_table does not exist"),
				problem::message);
	}

	@Test
	void aRowWithoutAPeriodSaysHowToWriteOne() throws Exception {
		Product product = product("""
				    data duckdb
				    northstar N { query "SELECT 'W48', 1" }
				""");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(product, withLines()));
		assertEquals(List.of(new DataProblem(project.resolve("models/p.northstar").toString(), 3,
				"N: row 1 of the query: 'W48' is not a period; return 2026-11-30 (day), 2026-W48 (ISO week), 2026-11 (month),"
						+ " 2026-Q4 (quarter) or 2026 (year) as text (ISO weeks: strftime(day, '%G-W%V') in DuckDB,"
						+ " to_char(day, 'IYYY-\"W\"IW') in PostgreSQL).")), e.problems());
	}

	@Test
	void aSecondValueForAPeriodAndOneColumnAreRefused() throws Exception {
		Product product = product("""
				    data duckdb
				    northstar N { query "SELECT '2026-W01', 1 UNION ALL SELECT '2026-W01', 2" }
				    input A { query "SELECT 1" }
				""");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(product));
		assertTrue(e.getMessage().contains("N: row 2 of the query: a second value for 2026-W01"), e::getMessage);
		assertTrue(e.getMessage().contains("A: the query returns 1 column; return two"), e::getMessage);
	}

	@Test
	void aQueryThatRunsTooLongIsStopped() throws Exception {
		Product product = product("""
				    data duckdb
				    northstar N { query "SELECT '2026-W01', sum(range) FROM range(100000000000)" }
				""");
		long start = System.nanoTime();
		DataException e = assertThrows(DataException.class,
				() -> DataSources.load(product, DataSettings.defaults().withQueryTimeout(Duration.ofSeconds(1))));
		assertTrue(e.getMessage().contains("N: the query ran longer than 1 s and was stopped"), e::getMessage);
		assertTrue(System.nanoTime() - start < 20_000_000_000L, "stopped within 20 s");
	}

	@Test
	void aProductsQueriesRunAsOneStatement() throws Exception {
		// current_query() is the text DuckDB runs: the batch's, holding A's query too, or N's own
		Product product = product("""
				    data duckdb
				    northstar N { query "SELECT '2026-W01', contains(current_query(), 'marker' || 'ofa')::INTEGER" }
				    input A { query "SELECT '2026-W01', 1 WHERE 'markerofa' IS NOT NULL" }
				""");
		assertEquals(Map.of(period("2026-W01"), 1.0), DataSources.load(product).of("N").asMap(), "N ran in one statement with A");
	}

	@Test
	void theBatchGivesWhatEachQueryGivesAloneWhateverTheColumnTypes() throws Exception {
		// types that a union would cast to one: a REAL beside text would come back as text ('0.1', not 0.100000001)
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("N", "SELECT week, senders FROM read_csv('${folder}/data/senders.csv') ORDER BY week DESC");
		queries.put("A", "SELECT week, share FROM '${folder}/data/share.parquet';");
		queries.put("B", "SELECT DATE '2026-11-30' + i::INTEGER, (0.1 * i)::REAL FROM range(3) t(i) -- days, single precision");
		queries.put("C", "SELECT TIMESTAMP '2026-11-30 18:30:00' + to_days(i::INTEGER), (i * 1.25)::DECIMAL(9,2) FROM range(2) t(i)");
		queries.put("D", "SELECT '2026-W0' || (i + 1), CAST(i * 0.1 AS VARCHAR) FROM range(3) t(i)");
		queries.put("E", "SELECT 2020 + i, 9007199254740993 + i FROM range(2) t(i)");
		queries.put("F", "SELECT '2026-11', NULL");
		queries.put("G", "SELECT week, senders FROM read_csv('${folder}/data/senders.csv') WHERE senders > 100");
		Measurements together = assertSameAsAlone(queries);
		assertEquals(0.10000000149011612, together.of("B").asMap().get(period("2026-12-01")), "B's REAL as Java reads it");
		assertEquals(0.1, together.of("D").asMap().get(period("2026-W02")));
		assertEquals(3, together.of("N").asMap().size());
		assertTrue(together.of("F").isEmpty() && together.of("G").isEmpty(), "no value: no series");
		// the same types in every query: the batch itself is used
		Map<String, String> alike = new LinkedHashMap<>();
		alike.put("N", "SELECT week, senders::DOUBLE FROM read_csv('${folder}/data/senders.csv')");
		alike.put("A", "SELECT week, share FROM '${folder}/data/share.parquet' ORDER BY week");
		alike.put("B", "SELECT '2026-W0' || (i + 1), i / 3 FROM range(3) t(i);");
		alike.put("C", "SELECT '2026-W01', 1.5::DOUBLE WHERE false");
		assertEquals(2 / 3.0, assertSameAsAlone(alike).of("B").asMap().get(period("2026-W03")));
		// two queries whose rows would all be clean after the union's casts: its casts are noticed
		Map<String, String> cast = new LinkedHashMap<>();
		cast.put("B", queries.get("B"));
		cast.put("D", queries.get("D"));
		assertEquals(0.10000000149011612, assertSameAsAlone(cast).of("B").asMap().get(period("2026-12-01")));
	}

	/** Each query's values as the product of all of them loads them, which are each one's alone. */
	private Measurements assertSameAsAlone(Map<String, String> queries) throws Exception {
		StringBuilder members = new StringBuilder("    data duckdb\n");
		queries.forEach((name, query) -> members.append("    ").append(name.equals("N") ? "northstar" : "input").append(' ').append(name)
				.append(" { query \"").append(query).append("\" }\n"));
		Measurements together = DataSources.load(product(members.toString()));
		for (Map.Entry<String, String> query : queries.entrySet()) {
			Product alone = product("    data duckdb\n    northstar " + query.getKey() + " { query \"" + query.getValue() + "\" }\n");
			assertEquals(DataSources.load(alone).of(query.getKey()).asMap(), together.of(query.getKey()).asMap(), query.getKey());
		}
		return together;
	}

	@Test
	void aRefusedQueryAmongOthersIsNamedAsAloneAndNothingIsWritten() throws Exception {
		Product product = product("""
				    data duckdb
				    northstar N { query "SELECT week, senders FROM read_csv('${folder}/data/senders.csv')" }
				    input A { query "SELECT week, share FROM '${folder}/data/share.parquet'" }
				    input B {
				        query "COPY (SELECT '2026-W01', 1) TO '${folder}/data/stolen.csv'"
				    }
				    input C { query "SELECT '2026-W01', 3" }
				""");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(product, withLines()));
		assertEquals(List.of(new DataProblem(project.resolve("models/p.northstar").toString(), 6,
				"B: the query does not only read (DuckDB would change rows or write a file); queries may only read: give one SELECT"
						+ " returning (period, value).")), e.problems());
		assertFalse(Files.exists(project.resolve("models/data/stolen.csv")), "no file was written");
	}

	@Test
	void theProductsQueryGivesEveryMetricItNamesAndAMetricsOwnQueryWins() throws Exception {
		longParquet();
		Product product = product("""
				    data duckdb query "SELECT metric, week, v FROM '${folder}/data/long.parquet'"
				    northstar N { formula A * B }
				    input A
				    input B { query "SELECT week, share * 10 FROM '${folder}/data/share.parquet'" }
				""");
		Measurements data = DataSources.load(product);
		assertEquals(Map.of(period("2026-W01"), 10.0, period("2026-W02"), 12.0, period("2026-W03"), 15.0), data.of("A").asMap());
		assertEquals(Map.of(period("2026-W01"), 5.0, period("2026-W02"), 6.0, period("2026-W03"), 7.5), data.of("B").asMap(),
				"B's own query, not the product's rows for B");
		assertTrue(data.of("N").isEmpty(), "no rows for N: computed from its formula");
	}

	@Test
	void theProductsQueryNamesEveryBadRowOnItsLineAndLoadsNothing() throws Exception {
		Product product = product("""
				    data duckdb
				        query "SELECT * FROM (VALUES ('A', '2026-W01', 10), ('Shares', '2026-W01', 1), ('A', 'soon', 2), ('A', '2026-W01', 3))"
				    northstar N { formula A * B }
				    input A
				    input B
				""");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(product, withLines()));
		String file = project.resolve("models/p.northstar").toString();
		assertEquals(List.of("row 2 of the query: 'Shares' is not a metric of product P; return names as written in the model (A, B, N),"
				+ " or leave the others out (WHERE metric IN (...)).",
				"row 3 of the query: 'soon' is not a period; return " + Period.FORMATS
						+ " as text (ISO weeks: strftime(day, '%G-W%V') in DuckDB, to_char(day, 'IYYY-\"W\"IW') in PostgreSQL).",
				"row 4 of the query: a second value for 2026-W01; return one row per period (GROUP BY the period)."),
				e.problems().stream().map(p -> p.message().replace("the query of product P: ", "")).toList());
		assertTrue(e.problems().stream().allMatch(p -> p.where().equals(file) && p.line() == 3
				&& p.message().startsWith("the query of product P: ")), e::getMessage);
	}

	@Test
	void theProductsQueryMustReturnThreeColumnsAndOnlyRead() throws Exception {
		Product two = product("""
				    data duckdb query "SELECT week, senders FROM read_csv('${folder}/data/senders.csv')"
				    northstar N
				""");
		DataException columns = assertThrows(DataException.class, () -> DataSources.load(two));
		assertEquals(List.of("the query of product P: the query returns 2 columns; return three, the metric's name, the period and the"
				+ " value (SELECT metric, period, value ...)."), columns.problems().stream().map(DataProblem::message).toList());
		Product writes = product("""
				    data duckdb query "COPY (SELECT 'N', '2026-W01', 1) TO '${folder}/data/stolen.csv'"
				    northstar N
				""");
		DataException refused = assertThrows(DataException.class, () -> DataSources.load(writes));
		assertEquals(List.of("the query of product P: the query does not only read (DuckDB would change rows or write a file);"
				+ " queries may only read: give one SELECT returning (metric, period, value)."),
				refused.problems().stream().map(DataProblem::message).toList());
		assertFalse(Files.exists(project.resolve("models/data/stolen.csv")), "no file was written");
	}

	/** {@code data/long.parquet}: A's and B's weekly values in one file, (metric, week, v), as a warehouse export has them. */
	private void longParquet() throws Exception {
		try (Connection duckdb = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
				Statement statement = duckdb.createStatement()) {
			statement.execute("COPY (SELECT 'A' AS metric, week, senders AS v FROM read_csv('" + project.resolve("models/data/senders.csv")
					+ "') UNION ALL SELECT 'B', week, share FROM read_csv('" + project.resolve("models/data/share.csv") + "')) TO '"
					+ project.resolve("models/data/long.parquet") + "' (FORMAT PARQUET)");
		}
	}

	@Test
	void queriesThatWouldJoinUpInsideOneStatementRunAlone() throws Exception {
		// alone each is broken (a quote never closed, a parenthesis closed once too often); together they would parse
		Product product = product("""
				    data duckdb
				    northstar N { query "SELECT '2026-W01', 1 UNION ALL SELECT 'a" }
				    input A { query "', 2" }
				    input B { query "SELECT 1) UNION ALL (SELECT '2026-W01', 2" }
				""");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(product));
		assertEquals(List.of("N", "A", "B"), e.problems().stream().map(p -> p.message().substring(0, 1)).toList(), e::getMessage);
		assertTrue(e.problems().stream().allMatch(p -> p.message().contains(": the query failed: Parser Error")), e::getMessage);
	}

	@Test
	void aSlowQueryAmongOthersIsStoppedAndNamed() throws Exception {
		Product product = product("""
				    data duckdb
				    northstar N { query "SELECT '2026-W01', 1" }
				    input A { query "SELECT '2026-W01', sum(range) FROM range(100000000000)" }
				""");
		long start = System.nanoTime();
		DataException e = assertThrows(DataException.class,
				() -> DataSources.load(product, DataSettings.defaults().withQueryTimeout(Duration.ofSeconds(1))));
		assertEquals(1, e.problems().size(), e::getMessage);
		assertTrue(e.problems().get(0).message().startsWith("A: the query ran longer than 1 s and was stopped"), e::getMessage);
		assertTrue(System.nanoTime() - start < 30_000_000_000L, "stopped within 30 s (the batch, then the query alone)");
	}

	private Product product(String members) throws Exception {
		Path model = Files.writeString(project.resolve("models/p.northstar"), "product P {\n" + members + "}\n");
		Product product = trees.productOfFile(model);
		assertEquals(List.of(), product.eResource().getErrors());
		return product;
	}

	private static DataSettings withLines() {
		return DataSettings.defaults().withQueryLines(owner -> NodeModelUtils.findNodesForFeature(owner, owner instanceof Metric
				? NorthStarPackage.Literals.METRIC__QUERY : NorthStarPackage.Literals.QUERY_SOURCE__QUERY).get(0).getStartLine());
	}
}
