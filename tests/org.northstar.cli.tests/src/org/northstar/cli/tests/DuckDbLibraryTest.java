package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.cli.Main;

/**
 * The packaged command line reads DuckDB data through the driver's library unpacked at build time
 * (releng/scripts/DuckDbNativeLibrary.java): a start writes no copy of the 72 MB library into the
 * temporary folder, and with the launchers' options the JDK prints no warning about it.
 */
class DuckDbLibraryTest {

	@TempDir
	Path dir;

	@Test
	void statusOverDuckDbUnpacksNoLibraryAndPrintsNothingOnStderr() throws Exception {
		String classPath = CliProcess.packagedClassPath(dir.resolve("packaged"));
		try (Stream<Path> unpacked = Files.list(dir.resolve("packaged/lib/cli"))) {
			assertTrue(unpacked.anyMatch(file -> file.getFileName().toString().startsWith("libduckdb_java.so_")),
					"the packaging unpacked the library");
		}
		Path project = Files.createDirectories(dir.resolve("project"));
		Files.createDirectories(project.resolve(".git"));
		Path model = Files.writeString(project.resolve("p.northstar"), """
				product P {
				    data duckdb query "SELECT 'Weekly', '2026-W01', 5 UNION ALL SELECT 'Weekly', '2026-W02', 7"
				    northstar Weekly
				}
				""");
		Path temporary = Files.createDirectories(dir.resolve("tmp"));
		List<String> options = new ArrayList<>(List.of("-Djava.io.tmpdir=" + temporary));
		if (Runtime.version().feature() >= 24) {
			options.addAll(List.of("--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED"));
		}
		Process status = new ProcessBuilder(CliProcess.java(options, classPath, Main.class.getName(), "status", "--format", "json",
				model.toString())).redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
		assertTrue(status.waitFor(5, TimeUnit.MINUTES), "status ended");
		String out = Files.readString(dir.resolve("out"), StandardCharsets.UTF_8);
		String err = Files.readString(dir.resolve("err"), StandardCharsets.UTF_8);
		assertEquals(0, status.exitValue(), out + err);
		assertTrue(out.contains("\"name\" : \"Weekly\"") && out.contains("\"value\" : 7,"), out);
		assertEquals("", err);
		try (Stream<Path> written = Files.list(temporary)) {
			assertEquals(List.of(), written.filter(file -> file.getFileName().toString().startsWith("libduckdb")).toList(),
					"no copy of the library in the temporary folder");
		}
	}
}
