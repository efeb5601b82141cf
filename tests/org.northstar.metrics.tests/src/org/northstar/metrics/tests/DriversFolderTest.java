package org.northstar.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.northstar.metrics.tests.Trees.period;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.metrics.data.DataSettings;
import org.northstar.metrics.data.DataSources;
import org.northstar.model.Product;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/**
 * A JDBC driver that does not ship with North Star is found in the drivers folder at run time: a
 * driver jar made here (compiled by the JDK's compiler, registered in its
 * {@code META-INF/services/java.sql.Driver}) for {@code jdbc:acme:} URLs, which hands its
 * connections to an in-memory DuckDB.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class DriversFolderTest {

	private static final String DRIVER = """
			package acme;

			import java.sql.*;
			import java.util.Properties;
			import java.util.logging.Logger;

			public final class AcmeDriver implements Driver {
			    public Connection connect(String url, Properties info) throws SQLException {
			        if (!acceptsURL(url)) {
			            return null;
			        }
			        try {
			            Driver duckdb = (Driver) Class.forName("org.duckdb.DuckDBDriver", true, getClass().getClassLoader())
			                    .getConstructor().newInstance();
			            return duckdb.connect("jdbc:duckdb:", new Properties());
			        } catch (ReflectiveOperationException e) {
			            throw new SQLException(e);
			        }
			    }
			    public boolean acceptsURL(String url) { return url.startsWith("jdbc:acme:"); }
			    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) { return new DriverPropertyInfo[0]; }
			    public int getMajorVersion() { return 1; }
			    public int getMinorVersion() { return 0; }
			    public boolean jdbcCompliant() { return false; }
			    public Logger getParentLogger() throws SQLFeatureNotSupportedException { throw new SQLFeatureNotSupportedException(); }
			}
			""";

	@TempDir
	Path dir;

	@Inject
	private Trees trees;

	@Test
	void aDriverJarInTheDriversFolderServesItsUrls() throws Exception {
		Path drivers = Files.createDirectories(dir.resolve("drivers"));
		driverJar(drivers.resolve("acme-jdbc.jar"));
		Path model = Files.writeString(Files.createDirectories(dir.resolve("models")).resolve("p.northstar"), """
				product P {
				    data jdbc "jdbc:acme:warehouse"
				    northstar N { query "SELECT '2026-W01', 42" }
				}
				""");
		Product product = trees.productOfFile(model);
		assertEquals(Map.of(period("2026-W01"), 42.0),
				DataSources.load(product, DataSettings.defaults().withDriversFolder(drivers)).of("N").asMap());
	}

	private void driverJar(Path jar) throws IOException {
		Path sources = Files.createDirectories(dir.resolve("src/acme"));
		Path classes = Files.createDirectories(dir.resolve("classes"));
		Files.writeString(sources.resolve("AcmeDriver.java"), DRIVER);
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), sources.resolve("AcmeDriver.java").toString()));
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			put(out, "acme/AcmeDriver.class", Files.readAllBytes(classes.resolve("acme/AcmeDriver.class")));
			put(out, "META-INF/services/java.sql.Driver", "acme.AcmeDriver\n".getBytes(StandardCharsets.UTF_8));
		}
		assertTrue(Files.size(jar) > 0);
	}

	private static void put(JarOutputStream jar, String name, byte[] bytes) throws IOException {
		jar.putNextEntry(new JarEntry(name));
		jar.write(bytes);
		jar.closeEntry();
	}
}
