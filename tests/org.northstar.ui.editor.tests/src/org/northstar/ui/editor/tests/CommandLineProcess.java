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
 * {@code northstar status --format json} in a process of its own, as {@code ./northstar} runs it:
 * {@code java -cp <the command line's bundles> org.northstar.cli.Main}. The class path is the jars
 * (or class folders) of the command line's bundle and of everything it is wired to in this
 * runtime, so the figures are those of the very code the build ships.
 */
final class StatusCommandLine {

	private StatusCommandLine() {
	}

	static JsonNode status(Path model) throws IOException, InterruptedException {
		Path out = Files.createTempFile("northstar-status", ".json");
		Path err = Files.createTempFile("northstar-status", ".err");
		try {
			List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(),
					"org.northstar.cli.Main", "status", "--format", "json", model.toString());
			Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("northstar status did not end within two minutes");
			}
			if (process.exitValue() != 0) {
				throw new AssertionError("northstar status ended with " + process.exitValue() + ": " + Files.readString(err, StandardCharsets.UTF_8));
			}
			return new ObjectMapper().readTree(out.toFile());
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
			if (bundle == null || bundle.getBundleId() == 0 || !seen.add(bundle)) {
				continue;
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
			File location = FileLocator.getBundleFileLocation(bundle).orElseThrow(() -> new AssertionError("no file of " + bundle));
			if (location.isDirectory() && new File(location, "target/classes").isDirectory()) {
				entries.add(new File(location, "target/classes").toString());
			}
			entries.add(location.toString());
		}
		return String.join(File.pathSeparator, entries);
	}
}
