package org.northstar.metrics.data;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The JDBC driver for a URL. PostgreSQL's and DuckDB's ship with North Star; any other (a
 * warehouse's, Trino's, Spark's Thrift server's) is a jar in the drivers folder
 * ({@code ~/.northstar/drivers}, or {@code NORTHSTAR_DRIVERS}), found through the jar's
 * {@code META-INF/services/java.sql.Driver}. Drivers are asked directly, never through
 * {@code DriverManager}, which inside OSGi sees neither our bundles' drivers nor the folder's.
 */
final class Drivers implements AutoCloseable {

	private URLClassLoader folderLoader;

	Driver forUrl(String url, Path folder) throws ConnectionSpec.Problem {
		if (url.startsWith("jdbc:postgresql:")) {
			return new org.postgresql.Driver();
		}
		if (url.startsWith("jdbc:duckdb:")) {
			return new org.duckdb.DuckDBDriver();
		}
		folderLoader = new URLClassLoader(jars(folder), Drivers.class.getClassLoader());
		for (Driver driver : ServiceLoader.load(Driver.class, folderLoader)) {
			try {
				if (driver.acceptsURL(url)) {
					return driver;
				}
			} catch (SQLException e) {
				// a driver that cannot tell is not the one
			}
		}
		String kind = url.indexOf(':', 5) > 0 ? url.substring(0, url.indexOf(':', 5) + 1) : url;
		throw new ConnectionSpec.Problem("no JDBC driver for '" + kind + "' URLs; PostgreSQL's and DuckDB's ship with North Star,"
				+ " others go in the drivers folder " + folder + " (a jar per driver; " + DataSettings.DRIVERS_VARIABLE
				+ " names another folder).");
	}

	private static URL[] jars(Path folder) {
		List<URL> jars = new ArrayList<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
					jars.add(jar.toUri().toURL());
				}
			} catch (IOException e) {
				// an unreadable folder holds no driver; the message says where drivers go
			}
		}
		return jars.toArray(URL[]::new);
	}

	@Override
	public void close() {
		if (folderLoader != null) {
			try {
				folderLoader.close();
			} catch (IOException e) {
				// the jars stay open until the process ends; nothing is lost
			}
		}
	}

}
