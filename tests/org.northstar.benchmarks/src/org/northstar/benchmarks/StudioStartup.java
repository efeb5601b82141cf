package org.northstar.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged studio as a person starts it: the Linux archive unpacked, a new workspace each time
 * (so the example project is created and its model opened), timed from the start of the process to
 * the workbench first taking input with the model open, which the studio reports when started with
 * {@code -Dnorthstar.startup.report} (its StartupReport).
 */
final class StudioStartup {

	private static final String ARCHIVES = "releng/org.northstar.product/target/products";
	private static final long TIMEOUT_MILLIS = 180_000;

	private StudioStartup() {
	}

	/** The studio unpacked from the built Linux archive into {@code scratch}, or null when there is none. */
	static Path unpack(Path scratch) throws IOException, InterruptedException {
		Path archive;
		try (Stream<Path> files = Files.list(Path.of(ARCHIVES))) {
			archive = files.filter(f -> f.getFileName().toString().matches("north-star-studio-.*-linux\\.gtk\\.x86_64\\.tar\\.gz"))
					.findFirst().orElse(null);
		} catch (java.nio.file.NoSuchFileException none) {
			return null;
		}
		if (archive == null || System.getenv("DISPLAY") == null) {
			return null;
		}
		Path into = Files.createDirectories(scratch.resolve("studio"));
		Process tar = new ProcessBuilder("tar", "xzf", archive.toAbsolutePath().toString(), "-C", into.toString()).inheritIO().start();
		if (tar.waitFor() != 0) {
			throw new IllegalStateException("cannot unpack " + archive);
		}
		try (Stream<Path> found = Files.find(into, 2, (p, a) -> p.getFileName().toString().equals("northstar-studio.sh"))) {
			return found.findFirst().map(Path::getParent).orElseThrow(() -> new IllegalStateException(archive + " has no northstar-studio.sh"));
		}
	}

	/** Milliseconds of {@code runs} starts of the studio in {@code home}, each on a new workspace. */
	static double[] starts(Path home, Path scratch, int runs) throws Exception {
		return starts(home, scratch, runs, "");
	}

	/** The same, with more JVM options (the bare workbench's). */
	static double[] starts(Path home, Path scratch, int runs, String vmOptions) throws Exception {
		double[] millis = new double[runs];
		for (int run = 0; run < runs; run++) {
			millis[run] = once(home, Files.createTempDirectory(scratch, "workspace"),
					scratch.resolve("started-" + run + "-" + System.nanoTime()), vmOptions);
		}
		return millis;
	}

	private static double once(Path home, Path workspace, Path report, String vmOptions) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("northstar-studio.sh").toString(), workspace.toString()))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("NORTHSTAR_STUDIO_VM_OPTS", ("-Dnorthstar.startup.report=" + report + " " + vmOptions).trim());
		long start = System.nanoTime();
		Process studio = builder.start();
		try {
			while (!Files.exists(report)) {
				if (!studio.isAlive()) {
					throw new IllegalStateException("the studio ended before it took input (exit " + studio.exitValue() + ")");
				}
				if ((System.nanoTime() - start) / 1_000_000 > TIMEOUT_MILLIS) {
					throw new IllegalStateException("the studio took no input within " + TIMEOUT_MILLIS / 1000 + " s");
				}
				Thread.sleep(10);
			}
			return (System.nanoTime() - start) / 1e6;
		} finally {
			studio.descendants().forEach(ProcessHandle::destroyForcibly);
			studio.destroyForcibly();
			studio.waitFor(30, TimeUnit.SECONDS);
		}
	}
}
