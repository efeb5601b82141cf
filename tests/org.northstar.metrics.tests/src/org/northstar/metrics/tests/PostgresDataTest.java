package org.northstar.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.northstar.metrics.tests.Trees.period;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.data.DataException;
import org.northstar.metrics.data.DataSettings;
import org.northstar.metrics.data.DataSources;
import org.northstar.model.Product;
import org.northstar.testing.NorthStarInjectorProvider;
import org.northstar.testing.PostgresServer;

import com.google.inject.Inject;

/**
 * {@code data jdbc} against a real PostgreSQL server started for these tests (and stopped after):
 * a query per metric, the password from the connections file or from {@code ${env:NAME}} and in no
 * message, a failing query, writes refused (the reader may insert, yet nothing is written), a
 * query that runs too long, a server that stops mid-load and one that is not there.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class PostgresDataTest {

	/** A new password each run, so that finding it in a message cannot be chance. */
	private static final String PASSWORD = "pw-" + UUID.randomUUID();

	@AutoClose
	private static PostgresServer server;

	@TempDir
	Path dir;

	@Inject
	private Trees trees;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.withDatabase("metrics", """
				CREATE ROLE reader LOGIN PASSWORD '%s';
				CREATE TABLE weekly (week text, senders int, share double precision);
				INSERT INTO weekly VALUES ('2026-W01', 10, 0.5), ('2026-W02', 12, 0.6), ('2026-W03', 15, 0.75);
				CREATE TABLE audit (n int);
				CREATE FUNCTION bump() RETURNS int LANGUAGE sql AS 'INSERT INTO audit VALUES (1) RETURNING n';
				CREATE VIEW every_metric AS SELECT 'A' AS metric, week, senders AS value FROM weekly
				    UNION ALL SELECT 'B', week, share FROM weekly;
				GRANT SELECT ON weekly, every_metric TO reader;
				GRANT SELECT, INSERT ON audit TO reader;
				""".formatted(PASSWORD));
	}

	@AfterEach
	void nothingWasWritten() throws Exception {
		assertEquals("0", server.sql("metrics", "SELECT count(*) FROM audit").strip(), "the reader wrote to audit");
	}

	@Test
	void eachMetricsQueryGivesItsSeriesWithThePasswordFromTheConnectionsFile() throws Exception {
		Product product = product("analytics", """
				    northstar N { formula A * B }
				    input A { query "SELECT week, senders FROM weekly" }
				    input B { query "SELECT week, share FROM weekly WHERE week > '2026-W01'" }
				""");
		Measurements data = DataSources.load(product, withConnections());
		assertEquals(Map.of(period("2026-W01"), 10.0, period("2026-W02"), 12.0, period("2026-W03"), 15.0), data.of("A").asMap());
		assertEquals(Map.of(period("2026-W02"), 0.6, period("2026-W03"), 0.75), data.of("B").asMap());
	}

	@Test
	void thePasswordMayComeFromTheEnvironment() throws Exception {
		Product product = product(server.url("metrics") + "?user=reader&password=${env:NS_TEST_PASSWORD}",
				"    northstar N { query \"SELECT week, senders FROM weekly\" }\n");
		DataSettings settings = DataSettings.defaults().withEnvironment(Map.of("NS_TEST_PASSWORD", PASSWORD)::get);
		assertEquals(3, DataSources.load(product, settings).of("N").asMap().size());
		DataException unset = assertThrows(DataException.class, () -> DataSources.load(product,
				DataSettings.defaults().withEnvironment(name -> null)));
		assertTrue(unset.getMessage().contains("the environment variable NS_TEST_PASSWORD that "), unset::getMessage);
	}

	@Test
	void aWrongPasswordOrUserFromTheEnvironmentIsNeverEchoed() throws Exception {
		Product product = product(server.url("metrics") + "?user=${env:NS_USER}&password=${env:NS_PASSWORD}",
				"    northstar N { query \"SELECT week, senders FROM weekly\" }\n");
		String user = "user-" + UUID.randomUUID();
		DataException e = assertThrows(DataException.class, () -> DataSources.load(product,
				DataSettings.defaults().withEnvironment(Map.of("NS_USER", user, "NS_PASSWORD", PASSWORD)::get)));
		assertTrue(e.getMessage().contains("cannot connect: FATAL: password authentication failed for user \"***\""), e::getMessage);
		assertNoSecret(e, user);
	}

	@Test
	void aFailingQueryNamesTheMetricAndTheDatabasesMessage() throws Exception {
		Product product = product("analytics", """
				    northstar N { query "SELECT week, senders FROM weekly" }
				    input A { query "SELECT week, visits FROM weekly" }
				""");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(product, withConnections()));
		assertEquals(1, e.problems().size(), e::getMessage);
		assertTrue(e.problems().get(0).message().startsWith("A: the query failed: ERROR: column \"visits\" does not exist"),
				e::getMessage);
		assertNoSecret(e, PASSWORD);
	}

	@Test
	void writesAreRefusedEvenWhereTheUserMayWrite() throws Exception {
		Product product = product("analytics", """
				    northstar N { query "INSERT INTO audit VALUES (1) RETURNING '2026-W01', n" }
				    input A { query "SELECT '2026-W01', bump()" }
				    input B { query "WITH x AS (INSERT INTO audit VALUES (1) RETURNING n) SELECT '2026-W01', n FROM x" }
				    input C { query "COMMIT; SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE; INSERT INTO audit VALUES (1)" }
				    input D { query "SELECT week, senders FROM weekly" }
				""");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(product, withConnections()));
		String message = e.getMessage();
		assertTrue(message.contains("N: the query tries to write (ERROR: cannot execute INSERT in a read-only transaction)"), message);
		assertTrue(message.contains("A: the query tries to write"), message);
		assertTrue(message.contains("B: the query tries to write"), message);
		assertTrue(message.contains("C: the query holds more than one statement"), message);
		assertFalse(message.contains("D:"), message);
	}

	@Test
	void theProductsQueryGivesEveryMetricInOneStatementAndMayNotWrite() throws Exception {
		Product product = productQuerying("SELECT metric, week, value FROM every_metric", """
				    northstar N { formula A * B }
				    input A
				    input B
				""");
		Measurements data = DataSources.load(product, withConnections());
		assertEquals(Map.of(period("2026-W01"), 10.0, period("2026-W02"), 12.0, period("2026-W03"), 15.0), data.of("A").asMap());
		assertEquals(Map.of(period("2026-W01"), 0.5, period("2026-W02"), 0.6, period("2026-W03"), 0.75), data.of("B").asMap());
		Product writes = productQuerying("INSERT INTO audit VALUES (1) RETURNING 'A', '2026-W01', n", "    northstar N\n    input A\n");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(writes, withConnections()));
		assertEquals(1, e.problems().size(), e::getMessage);
		assertTrue(e.problems().get(0).message().startsWith("the query of product P: the query tries to write (ERROR: cannot execute"
				+ " INSERT in a read-only transaction)"), e::getMessage);
		assertNoSecret(e, PASSWORD);
	}

	@Test
	void aQueryThatRunsTooLongIsStopped() throws Exception {
		Product product = product("analytics", "    northstar N { query \"SELECT '2026-W01', 1 FROM pg_sleep(20)\" }\n");
		long start = System.nanoTime();
		DataException e = assertThrows(DataException.class,
				() -> DataSources.load(product, withConnections().withQueryTimeout(Duration.ofSeconds(1))));
		assertTrue(e.getMessage().contains("N: the query ran longer than 1 s and was stopped"), e::getMessage);
		assertTrue(System.nanoTime() - start < 10_000_000_000L, "stopped well before the query's 20 s");
	}

	@Test
	void aServerThatStopsMidLoadLoadsNothingAndSaysSo() throws Exception {
		Product product = product("analytics", """
				    northstar N { query "SELECT week, senders FROM weekly" }
				    input A { query "SELECT '2026-W01', 1 FROM pg_sleep(20)" }
				    input B { query "SELECT week, share FROM weekly" }
				""");
		CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> {
			try {
				Thread.sleep(1500);
				server.stopNow();
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		try {
			DataException e = assertThrows(DataException.class, () -> DataSources.load(product, withConnections()));
			assertEquals(1, e.problems().size(), e::getMessage);
			assertTrue(e.problems().get(0).message().startsWith("A: the database went away while loading (at query 2 of 3): "),
					e::getMessage);
			assertTrue(e.getMessage().contains("nothing was loaded"), e::getMessage);
			assertNoSecret(e, PASSWORD);
		} finally {
			stop.get(60, TimeUnit.SECONDS);
			server.startAgain();
		}
	}

	@Test
	void aServerThatIsNotThereIsAClearMessage() throws Exception {
		Product product = product("jdbc:postgresql://127.0.0.1:1/metrics?user=reader&password=${env:NS_PASSWORD}",
				"    northstar N { query \"SELECT week, senders FROM weekly\" }\n");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(product,
				DataSettings.defaults().withEnvironment(Map.of("NS_PASSWORD", PASSWORD)::get)));
		assertTrue(e.getMessage().contains("data jdbc (jdbc:postgresql://127.0.0.1:1/metrics?user=reader&password=***): cannot connect:"
				+ " Connection to 127.0.0.1:1 refused"), e::getMessage);
		assertNoSecret(e, PASSWORD);
	}

	@Test
	void aServerThatNeverAnswersIsGivenUpAfterTheLoginTimeout() throws Exception {
		try (ServerSocket silent = new ServerSocket(0)) {
			// the connection is accepted by the system's backlog, and then nothing is ever said
			Product product = product("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/metrics?user=reader",
					"    northstar N { query \"SELECT week, senders FROM weekly\" }\n");
			long start = System.nanoTime();
			DataException e = assertThrows(DataException.class, () -> DataSources.load(product,
					DataSettings.defaults().withLoginTimeout(Duration.ofSeconds(1))));
			assertTrue(e.getMessage().contains(": cannot connect: ") || e.getMessage().contains("no answer within 2 s"), e::getMessage);
			assertTrue(System.nanoTime() - start < 8_000_000_000L, "given up within 8 s");
		}
	}

	@Test
	void aPasswordWrittenInTheModelIsRefusedAndNotRepeated() throws Exception {
		Product product = product(server.url("metrics") + "?user=reader&password=" + PASSWORD,
				"    northstar N { query \"SELECT week, senders FROM weekly\" }\n");
		DataException e = assertThrows(DataException.class, () -> DataSources.load(product));
		assertTrue(e.getMessage().contains("carries a password parameter (password) (credentials-in-model)"), e::getMessage);
		assertNoSecret(e, PASSWORD);
	}

	@Test
	void anotherKindOfDatabaseSaysWhereItsDriverGoes() throws Exception {
		Product product = product("jdbc:trino://warehouse:8080/hive", "    northstar N { query \"SELECT week, n FROM t\" }\n");
		Path drivers = Files.createDirectories(dir.resolve("drivers"));
		DataException e = assertThrows(DataException.class, () -> DataSources.load(product,
				DataSettings.defaults().withDriversFolder(drivers)));
		assertTrue(e.getMessage().contains("no JDBC driver for 'jdbc:trino:' URLs; PostgreSQL's and DuckDB's ship with North Star,"
				+ " others go in the drivers folder " + drivers), e::getMessage);
	}

	private DataSettings withConnections() throws Exception {
		Path file = Files.writeString(dir.resolve("connections.properties"), """
				# outside the project: the user's own
				analytics.url = %s
				analytics.user = reader
				analytics.password = %s
				""".formatted(server.url("metrics"), PASSWORD));
		return DataSettings.defaults().withConnectionsFile(file);
	}

	private Product product(String connection, String members) throws Exception {
		return productWithData("data jdbc \"" + connection + "\"", members);
	}

	/** A product over the connection "analytics" whose data clause carries {@code query}. */
	private Product productQuerying(String query, String members) throws Exception {
		return productWithData("data jdbc \"analytics\" query \"" + query + "\"", members);
	}

	private Product productWithData(String data, String members) throws Exception {
		Path model = Files.writeString(Files.createDirectories(dir.resolve("models")).resolve("p.northstar"),
				"product P {\n    " + data + "\n" + members + "}\n");
		return trees.productOfFile(model);
	}

	private static void assertNoSecret(DataException e, String secret) {
		assertFalse(e.getMessage().contains(secret), e::getMessage);
		e.problems().forEach(problem -> assertFalse(problem.toString().contains(secret), problem::toString));
	}
}
