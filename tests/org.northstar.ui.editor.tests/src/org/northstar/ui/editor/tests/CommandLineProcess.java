package org.northstar.ui.editor.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The command line in a process of its own, as {@code ./northstar} runs it
 * ({@code status --format json} read as JSON, or any command):
 * {@code java -cp <the command line's bundles> org.northstar.cli.Main}. The class path is the jars
 * (or class folders) of the command line's bundle and of everything it is wired to in this
 * runtime, so the figures are those of the very code the build ships.
 */
final class CommandLineProcess {

	private CommandLineProcess() {
	}

	static JsonNode status(Path model) throws IOException, InterruptedException {
		Run run = run("status", "--format", "json", model.toString());
		if (run.code() != 0) {
			throw new AssertionError("northstar status ended with " + run.code() + ": " + run.err());
		}
		return new ObjectMapper().readTree(run.out());
	}

	/** What a run printed and its exit code. */
	record Run(int code, String out, String err) {
	}

	/**
	 * Runs {@code northstar ARGS...} in a process of its own. Never in the workbench's process: the
	 * command line starts a language session of its own, which registers itself with EMF's global
	 * registries and would take them from the workbench's session for the tests that follow.
	 */
	static Run run(String... args) throws IOException, InterruptedException {
		Path out = Files.createTempFile("northstar", ".out");
		Path err = Files.createTempFile("northstar", ".err");
		try {
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
					classPath(), "org.northstar.cli.Main"));
			command.addAll(List.of(args));
			Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("northstar " + String.join(" ", args) + " did not end within two minutes");
			}
			return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	private static String classPath() {
		Set<Bundle> seen = new LinkedHashSet<>();
		Deque<Bundle> next = new ArrayDeque<>();
		next.add(Platform.getBundle("org.northstar.cli"));
		while (!next.isEmpty()) {
			Bundle bundle = next.poll();
			if (bundle == null || !seen.add(bundle)) {
				continue;
			}
			if (bundle.getBundleId() == 0) {
				continue; // the framework's jar is on the path (Equinox's common classes need it), its wires are not ours
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring != null) {
				for (BundleWire wire : wiring.getRequiredWires(null)) {
					next.add(wire.getProvider().getBundle());
				}
			}
		}
		List<String> entries = new ArrayList<>();
		for (Bundle bundle : seen) {
			File location = FileLocator.getBundleFileLocation(bundle).orElse(null);
			if (location == null && bundle.getBundleId() == 0) {
				location = frameworkJar();
			}
			if (location == null) {
				throw new AssertionError("no file of " + bundle);
			}
			if (location.isDirectory() && new File(location, "target/classes").isDirectory()) {
				entries.add(new File(location, "target/classes").toString());
			}
			entries.add(location.toString());
		}
		return String.join(File.pathSeparator, entries);
	}

	/** The OSGi framework's jar (the system bundle's classes: Equinox's common classes use its debug options). */
	private static File frameworkJar() {
		try {
			return new File(org.osgi.framework.Bundle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		} catch (java.net.URISyntaxException | NullPointerException e) {
			return null;
		}
	}
}
