package org.northstar.metrics.data;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.northstar.metrics.Measurements;
import org.northstar.model.JdbcSource;
import org.northstar.model.Product;

/**
 * {@code data jdbc "URL"} or {@code data jdbc "CONNECTION"}: each metric's {@code query} runs in the
 * database (so a warehouse or a distributed SQL engine does the heavy lifting), read-only and with a
 * timeout: the connection is set read-only and every query runs in a transaction that is rolled
 * back, never committed; PostgreSQL is also told {@code SET TRANSACTION READ ONLY} and
 * {@code default_transaction_read_only}, so it refuses any write itself. Connecting may take at
 * most the login timeout, whatever the driver does. No message carries a password.
 */
final class JdbcData {

	private static final String POSTGRESQL = "jdbc:postgresql:";

	private JdbcData() {
	}

	static Measurements read(Product product, JdbcSource source, String modelFile, DataSettings settings) throws DataException {
		Secrets secrets = new Secrets();
		String shown = UrlCredentials.mask(source.getUrl());
		try (Drivers drivers = new Drivers()) {
			ConnectionSpec spec = ConnectionSpec.of(source.getUrl(), settings, secrets);
			shown = spec.shown() == null ? shown : UrlCredentials.mask(spec.shown());
			Driver driver = drivers.forUrl(spec.url(), settings.driversFolder());
			try (Connection connection = connect(driver, spec, settings)) {
				boolean postgres = spec.url().startsWith(POSTGRESQL);
				connection.setAutoCommit(false);
				try {
					connection.setReadOnly(true);
				} catch (SQLFeatureNotSupportedException e) {
					// a database without read-only connections: the rollback after each query still applies
				}
				try {
					return new QueryRows(connection, product, modelFile, settings, secrets, new RolledBack(postgres), sql -> sql,
							QueryRows.Batch.NONE).read();
				} finally {
					rollback(connection);
				}
			}
		} catch (ConnectionSpec.Problem e) {
			throw new DataException(new DataProblem(modelFile, 0, secrets.scrub("data jdbc (" + shown + "): " + e.getMessage())));
		} catch (SQLException e) {
			throw new DataException(new DataProblem(modelFile, 0, secrets.scrub("data jdbc (" + shown + "): cannot connect: "
					+ oneLine(e.getMessage()) + "; check that the database is up, the URL and the credentials, and run again.")));
		}
	}

	private static Connection connect(Driver driver, ConnectionSpec spec, DataSettings settings) throws SQLException, ConnectionSpec.Problem {
		Properties properties = new Properties();
		if (spec.user() != null) {
			properties.setProperty("user", spec.user());
		}
		if (spec.password() != null) {
			properties.setProperty("password", spec.password());
		}
		long login = Math.max(1, settings.loginTimeout().toSeconds());
		if (spec.url().startsWith(POSTGRESQL)) {
			properties.setProperty("loginTimeout", Long.toString(login));
			properties.setProperty("connectTimeout", Long.toString(login));
			// a server that stops answering (not closing) must not hold the load past the query timeout
			properties.setProperty("socketTimeout", Long.toString(settings.queryTimeoutSeconds() + login));
			properties.setProperty("options", "-c default_transaction_read_only=on");
			properties.setProperty("ApplicationName", "northstar");
		}
		// Not every driver honours a login timeout: connect on a thread of its own (not the common pool,
		// which may be busy or one thread wide) and stop waiting in time.
		CompletableFuture<Connection> attempt = CompletableFuture.supplyAsync(() -> {
			try {
				return driver.connect(spec.url(), properties);
			} catch (SQLException e) {
				throw new CompletionException(e);
			}
		}, JdbcData::daemon);
		try {
			Connection connection = attempt.get(login + 1, TimeUnit.SECONDS);
			if (connection == null) {
				throw new ConnectionSpec.Problem("the driver " + driver.getClass().getName() + " does not take this URL.");
			}
			return connection;
		} catch (TimeoutException e) {
			attempt.thenAccept(JdbcData::closeQuietly);
			throw new ConnectionSpec.Problem("no answer within " + (login + 1) + " s while connecting; check the host and port and"
					+ " that the database is up.");
		} catch (ExecutionException e) {
			if (e.getCause() instanceof SQLException sql) {
				throw sql;
			}
			throw new SQLException(String.valueOf(e.getCause()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SQLException("interrupted while connecting");
		}
	}

	private static void daemon(Runnable connecting) {
		Thread thread = new Thread(connecting, "northstar-connect");
		thread.setDaemon(true);
		thread.start();
	}

	/** Each query in a fresh transaction, read-only where the database has such transactions. */
	private record RolledBack(boolean postgres) implements QueryRows.ReadOnly {
		@Override
		public void begin(Connection connection) throws SQLException {
			connection.rollback();
			if (postgres) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("SET TRANSACTION READ ONLY");
				}
			}
		}
	}

	private static void rollback(Connection connection) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			// the connection is gone or closing: nothing was committed, nothing to undo
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			if (connection != null) {
				connection.close();
			}
		} catch (SQLException e) {
			// a late connection nobody waits for
		}
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
	}
}
