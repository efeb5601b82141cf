package org.northstar.cli.tests;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.northstar.cli.Main;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The command line as a process of its own, as {@code ./northstar} runs it (a plain Java main on a
 * flat class path of the bundles' jars), with an environment of the test's choosing: for what only
 * a real process shows (environment variables, what the JVM and libraries print).
 */
record CliProcess(int code, String out, String err) {

	private static final Pattern FILE = Pattern.compile("file:.*");

	static CliProcess run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
		return run(environment, List.of(), args);
	}

	/** Runs the command line with the JVM options given before the class path (e.g. a log of what it loads). */
	static CliProcess run(Map<String, String> environment, List<String> jvmOptions, String... args)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command(jvmOptions, args));
		builder.environment().putAll(environment);
		Path out = Files.createTempFile("northstar-cli", ".out");
		Path err = Files.createTempFile("northstar-cli", ".err");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		process.getOutputStream().close();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IOException("northstar " + String.join(" ", args) + " did not end in five minutes");
		}
		try {
			return new CliProcess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.delete(out);
			Files.delete(err);
		}
	}

	/** {@code java OPTIONS -cp BUNDLES org.northstar.cli.Main ARGS}, as {@code ./northstar} starts it. */
	static List<String> command(List<String> jvmOptions, String... args) {
		return java(jvmOptions, classPath(false), Main.class.getName(), args);
	}

	/** {@code java OPTIONS -cp CLASSPATH MAIN ARGS} with the test's own Java runtime. */
	static List<String> java(List<String> jvmOptions, String classPath, String main, String... args) {
		List<String> command = new ArrayList<>(List.of(javaProgram()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", classPath, main));
		command.addAll(Arrays.asList(args));
		return command;
	}

	private static String javaProgram() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * The jar (or folder) of every bundle the test runs with, as the product's lib/cli.classpath lists them;
	 * with {@code jarsOnly}, a bundle of this reactor that runs from its folder is given by the jar its build
	 * packaged (a class cache takes jars only).
	 */
	static String classPath(boolean jarsOnly) {
		Set<String> entries = new LinkedHashSet<>();
		for (Bundle bundle : FrameworkUtil.getBundle(CliProcess.class).getBundleContext().getBundles()) {
			Matcher file = FILE.matcher(bundle.getLocation());
			if (bundle.getBundleId() != 0 && file.find()) {
				Path path = path(file.group().substring("file:".length()));
				if (jarsOnly && Files.isDirectory(path)) {
					entries.add(packagedJar(path).toString());
					continue;
				}
				entries.add(path.toString());
				// a bundle built in this reactor but run from its folder keeps its classes in target/classes
				if (Files.isDirectory(path.resolve("target/classes"))) {
					entries.add(path.resolve("target/classes").toString());
				}
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	/**
	 * The class path as the packaging gives the command line with its class cache (releng/scripts/cli-start.sh):
	 * {@link #classPath(boolean) the jars}, listed in ROOT/lib/cli.classpath, then the signed ones and those
	 * with class files older than Java 6 replaced by the copies the build's scripts write into ROOT/lib/cli/.
	 */
	static String packagedClassPath(Path root) throws IOException, InterruptedException {
		Path list = root.resolve("lib/cli.classpath");
		Files.createDirectories(list.getParent());
		Files.write(list, List.of(classPath(true).split(File.pathSeparator)));
		for (String copier : List.of("UnsignedCopy.java", "CurrentClassFiles.java", "DuckDbNativeLibrary.java")) {
			Path script = Path.of("../../releng/scripts", copier).toAbsolutePath().normalize();
			Process process = new ProcessBuilder(javaProgram(), script.toString(), root.toString()).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new IOException(copier + " failed: " + output);
			}
		}
		List<String> entries = new ArrayList<>();
		for (String line : Files.readAllLines(list)) {
			entries.add(root.resolve(line).toString());
		}
		return String.join(File.pathSeparator, entries);
	}

	private static Path packagedJar(Path bundle) {
		try (var files = Files.list(bundle.resolve("target"))) {
			return files.filter(file -> file.getFileName().toString().matches(".*-SNAPSHOT\\.jar")).findFirst()
					.orElseThrow(() -> new IllegalStateException("no jar was packaged in " + bundle.resolve("target")));
		} catch (IOException e) {
			throw new IllegalStateException("no jar was packaged in " + bundle.resolve("target"), e);
		}
	}

	/** A location's path; a relative one is relative to the OSGi installation (the test's work folder). */
	private static Path path(String location) {
		Path path = Path.of(location.replace("%20", " "));
		if (path.isAbsolute()) {
			return path;
		}
		String area = System.getProperty("osgi.install.area", "file:" + System.getProperty("user.dir") + "/");
		return Path.of(URI.create(area)).resolve(path).normalize();
	}

	@Override
	public String toString() {
		return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
	}
}
