package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command line process leaves out of its start, as the JVM's class loading log tells: Guice writes no
 * class at run time (each costs more to write than it saves in a process of a second, and none can come from
 * the class cache), and log4j reads no configuration (the command line turns logging off anyway).
 */
class LeanStartTest {

	private static final Pattern LOADED = Pattern.compile("\\]\\s(\\S+)\\ssource:");

	@TempDir
	Path dir;

	@Test
	void validateWritesNoClassAndReadsNoLoggingConfiguration() throws Exception {
		Path log = dir.resolve("validate.log");
		CliProcess validate = CliProcess.run(Map.of(), List.of("-Xlog:class+load=info:file=" + log), "validate",
				ReportExportTest.EXAMPLE.toString());
		assertTrue(validate.code() < 2, validate::toString);
		List<String> loaded;
		try (Stream<String> lines = Files.lines(log)) {
			loaded = lines.map(LOADED::matcher).filter(Matcher::find).map(found -> found.group(1)).toList();
		}
		assertTrue(loaded.contains("org.northstar.core.rules.checks.UnownedInput"), "the rules ran: " + validate);
		assertEquals(List.of(), loaded.stream().filter(name -> name.contains("$$FastClassByGuice$$")).toList(),
				"Guice wrote classes at run time");
		assertTrue(loaded.contains("org.apache.log4j.LogManager"), "Xtext's logging was set up");
		assertEquals(List.of(), loaded.stream().filter(name -> name.startsWith("org.apache.log4j.PropertyConfigurator")).toList(),
				"log4j read a configuration");
	}
}
