package org.northstar.benchmarks;

import java.io.File;
import java.nio.file.Path;

/** Start-up of {@code ./northstar validate} on one small file: a new JVM each time, as in CI. */
final class Startup {

	private Startup() {
	}

	static Object validate(Path script, Path file) throws Exception {
		Process process = new ProcessBuilder(script.toString(), "validate", file.toString())
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		int status = process.waitFor();
		if (status > 1) {
			throw new IllegalStateException(script + " validate " + file + " exited " + status);
		}
		return new File(file.toString());
	}
}
