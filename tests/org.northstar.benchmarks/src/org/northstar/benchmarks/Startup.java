package org.northstar.benchmarks;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line as users start it: a new JVM each time, as in CI (start-up of validate, a whole status). */
final class Startup {

	private Startup() {
	}

	static Object validate(Path script, Path file) throws Exception {
		run(script, "validate", file.toString());
		return new File(file.toString());
	}

	/** {@code northstar ARGS...} in a new process, its output discarded; exit codes over 1 are failures. */
	static Object run(Path script, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(script.toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		int status = process.waitFor();
		if (status > 1) {
			throw new IllegalStateException(String.join(" ", command) + " exited " + status);
		}
		return null;
	}
}
