package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.testing.PostgresServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code status}, {@code evaluate} and {@code validate --data} over a real PostgreSQL server (started
 * here, stopped after) and over DuckDB: the same dashboard as from the same figures in CSV, clear
 * messages for a failing query and a refused login, and the password in no output, whether stdout,
 * stderr or anything a library prints to the process's own streams.
 */
class DataSourceCommandsTest {

	private static final String PASSWORD = "pw-" + UUID.randomUUID();

	/** The dashboard of MetricsCommandsTest, its figures now read by a query per metric. */
	private static final String MODEL = """
			team Growth
			team Billing
			product P {
			    data %s
			    northstar N { formula A * B  target 200 by 2026-03-15  query "SELECT week, n FROM weekly" }
			    input A { owner Growth relation multiplicative target 15 by 2026-03-15  query "SELECT week, a FROM weekly" }
			    input B { owner Billing relation multiplicative direction lower target 5 by 2026-03-15
			              query "SELECT week, b FROM weekly" }
			    guardrail G { direction lower threshold 5  query "SELECT week, g FROM weekly" }
			    kpi K { follows N }
			}
			""";

	private static final String CSV = """
			week,n,a,b,g
			2026-W01,100,10,10,4
			2026-W02,110,11,10,4.5
			2026-W03,120,12,10,5.5
			2026-W04,125,13,9.6,
			""";

	@AutoClose
	private static PostgresServer server;

	@TempDir
	Path dir;

	private Path project;
	private Path connections;
	/** What went to the process's own stdout and stderr while the command line ran (logs of libraries). */
	private String processOutput;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.withDatabase("metrics", """
				CREATE ROLE reader LOGIN PASSWORD '%s';
				CREATE TABLE weekly (week text, n double precision, a double precision, b double precision, g double precision);
				INSERT INTO weekly VALUES ('2026-W01', 100, 10, 10, 4), ('2026-W02', 110, 11, 10, 4.5),
				    ('2026-W03', 120, 12, 10, 5.5), ('2026-W04', 125, 13, 9.6, NULL);
				GRANT SELECT ON weekly TO reader;
				""".formatted(PASSWORD));
	}

	@BeforeEach
	void projectAndConnections() throws IOException {
		project = Files.createDirectories(dir.resolve("project"));
		Files.createDirectories(project.resolve(".git"));
		connections = connections(PASSWORD);
	}

	@Test
	void statusFromPostgresIsTheDashboardOfTheSameFiguresInCsv() throws Exception {
		Path model = model("p.northstar", "jdbc \"analytics\"");
		Cli cli = run("status", "--format", "json", "--connections", connections.toString(), model.toString());
		assertEquals(0, cli.code(), cli::toString);
		Path csvModel = model("q.northstar", "csv \"data/p.csv\"");
		Files.createDirectories(project.resolve("data"));
		Files.writeString(project.resolve("data/p.csv"), CSV.replace("week,n,a,b,g", "period,N,A,B,G"));
		Cli fromCsv = Cli.run("status", "--format", "json", csvModel.toString());
		assertEquals(0, fromCsv.code(), fromCsv::toString);
		JsonNode metrics = new ObjectMapper().readTree(cli.out()).get("products").get(0).get("metrics");
		assertEquals(new ObjectMapper().readTree(fromCsv.out()).get("products").get(0).get("metrics"), metrics);
		assertEquals(125, metrics.get(0).get("value").asDouble(), 1e-9);
		assertEquals("breached", metrics.get(3).get("status").asText(), cli::toString);
		assertNoPassword(cli);
	}

	@Test
	void evaluateAndValidateDataReadThePostgresFiguresToo() throws Exception {
		Path model = model("p.northstar", "jdbc \"analytics\"");
		Cli evaluate = run("evaluate", "--format", "json", "--connections", connections.toString(), model.toString());
		assertEquals(0, evaluate.code(), evaluate::toString);
		assertEquals(125, new ObjectMapper().readTree(evaluate.out()).get("products").get(0).get("metrics").get(0).get("value")
				.asDouble(), 1e-9);
		assertNoPassword(evaluate);
		Cli validate = run("validate", "--data", "--connections", connections.toString(), model.toString());
		assertTrue(validate.out().contains("[guardrail-breached]"), validate::toString);
		assertNoPassword(validate);
	}

	@Test
	void aFailingQueryNamesFileLineMetricAndTheDatabasesMessage() throws Exception {
		Path model = model("p.northstar", "jdbc \"analytics\"");
		Files.writeString(model, Files.readString(model).replace("SELECT week, b FROM weekly", "SELECT week, c FROM weekly"));
		Cli cli = run("status", "--connections", connections.toString(), model.toString());
		assertEquals(2, cli.code(), cli::toString);
		assertTrue(cli.err().contains(model + ":8: B: the query failed: ERROR: column \"c\" does not exist"), cli::toString);
		assertTrue(cli.err().contains("no data of product P was loaded (a load is all or nothing)"), cli::toString);
		assertEquals("", cli.out(), "nothing half-loaded is shown");
		assertNoPassword(cli);
	}

	@Test
	void aRefusedLoginSaysSoWithoutThePasswordTried() throws Exception {
		String wrong = "wrong-" + UUID.randomUUID();
		Path model = model("p.northstar", "jdbc \"analytics\"");
		Cli cli = run("status", "--connections", connections(wrong).toString(), model.toString());
		assertEquals(2, cli.code(), cli::toString);
		assertTrue(cli.err().contains("data jdbc (connection 'analytics'): cannot connect: FATAL: password authentication failed"
				+ " for user \"reader\""), cli::toString);
		assertFalse((cli + processOutput).contains(wrong), cli::toString);
	}

	@Test
	void aPasswordWrittenInTheModelIsAnErrorAndIsNeverPrinted() throws Exception {
		Path model = model("p.northstar", "jdbc \"" + server.url("metrics") + "?user=reader&password=" + PASSWORD + "\"");
		Cli validate = run("validate", "--format", "json", model.toString());
		assertEquals(1, validate.code(), validate::toString);
		assertTrue(validate.out().contains("\"rule\" : \"credentials-in-model\""), validate::toString);
		assertNoPassword(validate);
		Cli status = run("status", model.toString());
		assertEquals(2, status.code(), status::toString);
		assertTrue(status.err().contains("(credentials-in-model)"), status::toString);
		assertNoPassword(status);
	}

	@Test
	void duckDbReadsTheProjectsCsvAndFilesOutsideNeedPermission() throws Exception {
		Files.writeString(dir.resolve("outside.csv"), CSV);
		Path model = model("p.northstar", "duckdb");
		Files.writeString(model, Files.readString(model).replace("FROM weekly", "FROM read_csv('${folder}/../outside.csv')"));
		Cli refused = run("status", "--format", "json", model.toString());
		assertEquals(2, refused.code(), refused::toString);
		assertTrue(refused.err().contains("N: the query failed: Permission Error"), refused::toString);
		Cli allowed = run("status", "--format", "json", "--allow-outside-data", model.toString());
		assertEquals(0, allowed.code(), allowed::toString);
		assertEquals(125, new ObjectMapper().readTree(allowed.out()).get("products").get(0).get("metrics").get(0).get("value")
				.asDouble(), 1e-9);
	}

	@Test
	void aCsvFileOutsideTheProjectNeedsPermission() throws Exception {
		Files.writeString(dir.resolve("outside.csv"), CSV.replace("week,n,a,b,g", "period,N,A,B,G"));
		Path model = model("p.northstar", "csv \"../outside.csv\"");
		Cli refused = run("status", model.toString());
		assertEquals(2, refused.code(), refused::toString);
		assertTrue(refused.err().contains("'data csv' names " + dir.resolve("outside.csv") + ", which is outside the project folder "
				+ project.toRealPath() + "; keep data files inside the project"), refused::toString);
		assertTrue(refused.err().contains("or allow it with --allow-outside-data"), refused::toString);
		Cli allowed = run("status", "--allow-outside-data", model.toString());
		assertEquals(0, allowed.code(), allowed::toString);
	}

	private Path model(String name, String source) throws IOException {
		return Files.writeString(project.resolve(name), MODEL.formatted(source));
	}

	private Path connections(String password) throws IOException {
		Files.createDirectories(dir.resolve("home"));
		return Files.writeString(dir.resolve("home/connections.properties"), """
				analytics.url = %s
				analytics.user = reader
				analytics.password = %s
				""".formatted(server.url("metrics"), password));
	}

	/** Runs the command line in-process, keeping also what libraries print to the process's own streams. */
	private Cli run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream process = new ByteArrayOutputStream();
		PrintStream captured = new PrintStream(process, true, StandardCharsets.UTF_8);
		System.setOut(captured);
		System.setErr(captured);
		try {
			return Cli.run(args);
		} finally {
			System.setOut(out);
			System.setErr(err);
			processOutput = process.toString(StandardCharsets.UTF_8);
		}
	}

	private void assertNoPassword(Cli cli) {
		assertFalse(cli.out().contains(PASSWORD) || cli.err().contains(PASSWORD), cli::toString);
		assertFalse(processOutput.contains(PASSWORD), processOutput);
	}
}
