package org.northstar.metrics.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * The process's in-memory DuckDB databases, one per project and confinement: each load over the
 * project's CSV and Parquet files gets a connection of its own to the shared database instead of
 * starting a database, which cost about 0.1 s of CPU a product, more than half of reading 227
 * products' Parquet files. Sharing is safe because a query can only read (see {@link DuckDbData})
 * and the configuration is locked once confined. A database file is opened for each load and
 * closed after it: held open, it would keep the user's own tools from writing to it.
 */
final class DuckDbInstances {

	private record Key(Path projectRoot, boolean outsideAllowed) {
	}

	private static final Map<Key, DuckDBConnection> IN_MEMORY = new HashMap<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(DuckDbInstances::closeAll, "northstar-duckdb-close"));
	}

	private DuckDbInstances() {
	}

	/** A new connection to the database at {@code url} confined to the project; the caller closes it. */
	static Connection connect(String url, Path databaseFile, ProjectFolder project, DataSettings settings) throws SQLException {
		if (databaseFile != null) {
			return open(url, true, project, settings);
		}
		synchronized (IN_MEMORY) {
			Key key = new Key(project.root(), settings.allowOutsideProject());
			DuckDBConnection shared = IN_MEMORY.get(key);
			if (shared == null) {
				shared = open(url, false, project, settings);
				IN_MEMORY.put(key, shared);
			}
			return shared.duplicate();
		}
	}

	private static DuckDBConnection open(String url, boolean readOnly, ProjectFolder project, DataSettings settings)
			throws SQLException {
		Properties properties = new Properties();
		if (readOnly) {
			properties.setProperty(DuckDBDriver.DUCKDB_ACCESS_MODE_PROPERTY, DuckDBDriver.DUCKDB_ACCESS_MODE_READ_ONLY);
		}
		DuckDBConnection connection = (DuckDBConnection) new DuckDBDriver().connect(url, properties);
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET autoinstall_known_extensions = false");
			if (!settings.allowOutsideProject()) {
				statement.execute("SET allowed_directories = ['" + project.root().toString().replace("'", "''") + "/']");
				statement.execute("SET enable_external_access = false");
			}
			statement.execute("SET lock_configuration = true");
		} catch (SQLException e) {
			connection.close();
			throw e;
		}
		return connection;
	}

	private static void closeAll() {
		synchronized (IN_MEMORY) {
			for (DuckDBConnection connection : IN_MEMORY.values()) {
				try {
					connection.close();
				} catch (SQLException e) {
					// the process is ending; nothing is left to read from it
				}
			}
			IN_MEMORY.clear();
		}
	}
}
