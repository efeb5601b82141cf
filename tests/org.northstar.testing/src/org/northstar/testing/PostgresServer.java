package org.northstar.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server of the test's own: {@code initdb} into a temporary folder, started on a
 * free port of 127.0.0.1 with password (SCRAM) logins over TCP, and stopped and deleted by
 * {@link #close()}. It runs Debian's server programs ({@code /usr/lib/postgresql/N/bin}; {@code
 * ./northstar test} installs them on a fresh machine). PostgreSQL refuses to run as root, and CI
 * runs as root: then the server runs as the {@code postgres} user the package creates.
 */
public final class PostgresServer implements AutoCloseable {

	/** The superuser the tests set up databases with (over the Unix socket, which trusts). */
	public static final String ADMIN = "northstar_admin";

	private final Path bin;
	private final Path data;
	private final int port;
	private final boolean asPostgresUser;

	private PostgresServer(Path bin, Path data, int port, boolean asPostgresUser) {
		this.bin = bin;
		this.data = data;
		this.port = port;
		this.asPostgresUser = asPostgresUser;
	}

	public static PostgresServer start() throws IOException, InterruptedException {
		Path bin = bin();
		boolean root = "root".equals(System.getProperty("user.name"));
		Path data = Files.createTempDirectory("northstar-pg");
		PostgresServer server = new PostgresServer(bin, data, freePort(), root);
		try {
			if (root) {
				UserPrincipal postgres = data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
				Files.setOwner(data, postgres);
			}
			server.run(List.of(bin.resolve("initdb").toString(), "-D", data.resolve("db").toString(), "-U", ADMIN,
					"--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-sync"));
			server.startAgain();
			// a test run that dies (a timeout, a crash) must not leave a server behind
			Runtime.getRuntime().addShutdownHook(new Thread(server::closeQuietly, "stop PostgreSQL of the tests"));
			return server;
		} catch (IOException | RuntimeException e) {
			server.close();
			throw e;
		}
	}

	/** A started server with a database {@code name} set up by {@code sql} (run as the superuser). */
	public static PostgresServer withDatabase(String name, String sql) throws IOException, InterruptedException {
		PostgresServer server = start();
		try {
			server.sql("postgres", "CREATE DATABASE " + name);
			server.sql(name, sql);
			return server;
		} catch (IOException | InterruptedException | RuntimeException e) {
			server.close();
			throw e;
		}
	}

	/** The JDBC URL of {@code database} (no user, no password: the tests give those their own ways). */
	public String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	public int port() {
		return port;
	}

	/** Runs {@code sql} (statements separated by semicolons) in {@code database} as the superuser; psql's output. */
	public String sql(String database, String sql) throws IOException, InterruptedException {
		return run(List.of(bin.resolve("psql").toString(), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h",
				data.toString(), "-p", Integer.toString(port), "-U", ADMIN, "-d", database, "-c", sql));
	}

	/** Stops the server at once, as a crash or a pulled cable would (no goodbye to the clients). */
	public void stopNow() throws IOException, InterruptedException {
		run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-m", "immediate", "-w", "stop"));
	}

	/** Starts the server (again) on the same port and data. */
	public void startAgain() throws IOException, InterruptedException {
		run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-l", data.resolve("server.log").toString(),
				"-w", "-t", "60", "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
	}

	/** Stops the server (if it runs) and deletes its files. */
	@Override
	public synchronized void close() throws IOException {
		if (!Files.exists(data)) {
			return;
		}
		try {
			if (Files.exists(data.resolve("db/postmaster.pid"))) {
				run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-m", "immediate", "-w", "stop"));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			try (Stream<Path> files = Files.walk(data)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private void closeQuietly() {
		try {
			close();
		} catch (IOException e) {
			// the process ends anyway; the temporary folder is the system's to clean
		}
	}

	private String run(List<String> command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>();
		if (asPostgresUser) {
			line.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		line.addAll(command);
		Process process = new ProcessBuilder(line).redirectErrorStream(true).directory(data.toFile()).start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(String.join(" ", command) + " did not finish in two minutes");
		}
		if (process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + output + log());
		}
		return output;
	}

	private String log() {
		try {
			Path log = data.resolve("server.log");
			return Files.exists(log) ? "\n--- server.log\n" + Files.readString(log) : "";
		} catch (IOException e) {
			return "";
		}
	}

	private static Path bin() throws IOException {
		Path debian = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(debian)) {
			try (Stream<Path> versions = Files.list(debian)) {
				var newest = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
						.max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
				if (newest.isPresent()) {
					return newest.get();
				}
			}
		}
		for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
				return Path.of(dir);
			}
		}
		throw new IOException("PostgreSQL's server programs (pg_ctl, initdb) are not installed; ./northstar test installs them"
				+ " (Debian: apt-get install postgresql), or install them yourself.");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
