package org.northstar.metrics.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.duckdb.DuckDBResultSetMetaData;
import org.duckdb.StatementReturnType;
import org.northstar.metrics.Measurements;
import org.northstar.model.DuckdbSource;
import org.northstar.model.Product;

/**
 * {@code data duckdb} (an in-memory database) or {@code data duckdb "FILE"} (a database file,
 * opened read-only): each metric's {@code query} runs in embedded DuckDB and may read the project's
 * CSV and Parquet files. DuckDB resolves relative paths against the process's working folder, not
 * the model's, so a query names the model's folder as {@code ${folder}}
 * ({@code SELECT week, n FROM '${folder}/data/senders.parquet'}).
 * <p>
 * Read-only: a database file is opened with {@code access_mode=READ_ONLY}; a query must be one
 * statement that returns rows (DuckDB says so before it runs: {@code COPY ... TO},
 * {@code CREATE}, {@code INSERT} without {@code RETURNING} are refused), so even the in-memory
 * database writes no file. Unless data outside the project is allowed, DuckDB may touch no file
 * outside the project folder ({@code enable_external_access=false} with the project as the one
 * allowed directory), and the configuration is locked against the query changing that. The
 * database is the process's shared one for that file or project ({@link DuckDbInstances}). A
 * product's queries run as one statement where that gives the same values ({@link DuckDbBatch}).
 */
final class DuckDbData {

	private static final String FOLDER = "${folder}";

	private DuckDbData() {
	}

	static Measurements read(Product product, DuckdbSource source, Path modelFolder, String modelFile, DataSettings settings)
			throws DataException {
		ProjectFolder project = ProjectFolder.of(modelFolder);
		String url = "jdbc:duckdb:";
		Path databaseFile = null;
		if (source.getDatabase() != null) {
			Path database = modelFolder.resolve(source.getDatabase()).normalize();
			String outside = project.outside(database, "data duckdb", settings);
			if (outside != null) {
				throw fail(modelFile, outside);
			}
			if (!Files.isRegularFile(database)) {
				throw fail(modelFile, "'data duckdb' names " + database + ", which is not a file; the path is relative to the"
						+ " model file (leave it out for an in-memory database over the project's files).");
			}
			url += database;
			databaseFile = database;
		}
		Secrets secrets = new Secrets();
		try (Connection connection = DuckDbInstances.connect(url, databaseFile, project, settings)) {
			String folder = modelFolder.toString().replace("'", "''");
			return new QueryRows(connection, product, modelFile, settings, secrets, new OnlyQueries(),
					sql -> sql.replace(FOLDER, folder), new DuckDbBatch()).read();
		} catch (SQLException e) {
			throw fail(modelFile, "DuckDB cannot open " + (source.getDatabase() == null ? "an in-memory database" : url.substring(12))
					+ ": " + secrets.scrub(e.getMessage()) + ".");
		}
	}

	/** DuckDB says, once a statement is prepared, whether it returns rows; anything else is refused (the caller says what to return). */
	private static final class OnlyQueries implements QueryRows.ReadOnly {
		@Override
		public String refusal(PreparedStatement statement) throws SQLException {
			StatementReturnType type = ((DuckDBResultSetMetaData) statement.getMetaData()).getReturnType();
			return type == StatementReturnType.QUERY_RESULT ? null
					: "the query does not only read (DuckDB would " + (type == StatementReturnType.CHANGED_ROWS
							? "change rows or write a file" : "change the database or its settings")
							+ "); queries may only read";
		}
	}

	private static DataException fail(String modelFile, String message) {
		return new DataException(new DataProblem(modelFile, 0, message));
	}
}
