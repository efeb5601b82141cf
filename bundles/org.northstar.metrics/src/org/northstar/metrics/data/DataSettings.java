package org.northstar.metrics.data;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;

/**
 * How data sources are loaded: whether data files may lie outside the project folder, the
 * time a query and a login may take, where the per-user connections file and the drivers
 * folder are, and where {@code ${env:NAME}} placeholders are looked up (the process
 * environment; handed in so that a host can give its own).
 *
 * @param allowOutsideProject data files (CSV, DuckDB) may lie outside the project folder
 * @param queryTimeout the longest one query may run before it is stopped
 * @param loginTimeout the longest connecting to a database may take
 * @param connectionsFile the per-user file of named connections (url, user, password per name)
 * @param driversFolder the folder whose jars are searched for JDBC drivers other than PostgreSQL's
 * @param environment the value of an environment variable, or null when it is not set
 * @param queryLines the line of the model where a metric's or a data source's {@code query} is written (0: unknown); the
 *        engine knows no parser, its host does
 */
public record DataSettings(boolean allowOutsideProject, Duration queryTimeout, Duration loginTimeout,
		Path connectionsFile, Path driversFolder, UnaryOperator<String> environment, ToIntFunction<EObject> queryLines) {

	public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
	public static final Duration DEFAULT_LOGIN_TIMEOUT = Duration.ofSeconds(10);
	/** Overrides the connections file's place ({@code ~/.northstar/connections.properties}). */
	public static final String CONNECTIONS_VARIABLE = "NORTHSTAR_CONNECTIONS";
	/** Overrides the drivers folder's place ({@code ~/.northstar/drivers}). */
	public static final String DRIVERS_VARIABLE = "NORTHSTAR_DRIVERS";

	/** Data inside the project only, 30 s a query, 10 s to log in, the files under {@code ~/.northstar}. */
	public static DataSettings defaults() {
		UnaryOperator<String> environment = System::getenv;
		Path home = Path.of(System.getProperty("user.home"), ".northstar");
		return new DataSettings(false, DEFAULT_QUERY_TIMEOUT, DEFAULT_LOGIN_TIMEOUT,
				place(environment, CONNECTIONS_VARIABLE, home.resolve("connections.properties")),
				place(environment, DRIVERS_VARIABLE, home.resolve("drivers")), environment, owner -> 0);
	}

	private static Path place(UnaryOperator<String> environment, String variable, Path otherwise) {
		String value = environment.apply(variable);
		return value == null || value.isBlank() ? otherwise : Path.of(value);
	}

	public DataSettings allowingOutsideProject(boolean allow) {
		return new DataSettings(allow, queryTimeout, loginTimeout, connectionsFile, driversFolder, environment, queryLines);
	}

	public DataSettings withQueryTimeout(Duration timeout) {
		return new DataSettings(allowOutsideProject, timeout, loginTimeout, connectionsFile, driversFolder, environment, queryLines);
	}

	public DataSettings withLoginTimeout(Duration timeout) {
		return new DataSettings(allowOutsideProject, queryTimeout, timeout, connectionsFile, driversFolder, environment, queryLines);
	}

	public DataSettings withConnectionsFile(Path file) {
		return new DataSettings(allowOutsideProject, queryTimeout, loginTimeout, file, driversFolder, environment, queryLines);
	}

	public DataSettings withDriversFolder(Path folder) {
		return new DataSettings(allowOutsideProject, queryTimeout, loginTimeout, connectionsFile, folder, environment, queryLines);
	}

	public DataSettings withEnvironment(UnaryOperator<String> lookup) {
		return new DataSettings(allowOutsideProject, queryTimeout, loginTimeout, connectionsFile, driversFolder, lookup, queryLines);
	}

	public DataSettings withQueryLines(ToIntFunction<EObject> lines) {
		return new DataSettings(allowOutsideProject, queryTimeout, loginTimeout, connectionsFile, driversFolder, environment, lines);
	}

	/** The query timeout in whole seconds, at least one (JDBC counts in seconds; 0 would mean none). */
	int queryTimeoutSeconds() {
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (queryTimeout.toMillis() + 999) / 1000));
	}
}
