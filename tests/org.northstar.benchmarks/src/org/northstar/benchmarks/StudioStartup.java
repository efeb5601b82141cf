package org.northstar.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged studio as a person starts it: the Linux archive unpacked, a new workspace each time
 * (so the example project is created and its model opened), timed from the start of the process to
 * the workbench first taking input with the model open, which the studio reports when started with
 * {@code -Dnorthstar.startup.report} (its StartupReport). Each start is ended with a kill once it takes
 * input, so the configuration area keeps what Equinox wrote during the start (its framework state) but
 * nothing written at a clean exit; {@link #firstStarts} put back the area as the archive ships it, as in a
 * user's first start after unpacking.
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

	/**
	 * Milliseconds of {@code runs} first starts after unpacking: before each, the configuration area of
	 * {@code home} is put back as it was unpacked (a copy kept in {@code scratch}).
	 */
	static double[] firstStarts(Path home, Path scratch, int runs) throws Exception {
		if (!Files.exists(scratch.resolve("configuration-as-shipped"))) {
			throw new IllegalStateException("keep the configuration area as shipped first (asShipped)");
		}
		double[] millis = new double[runs];
		for (int run = 0; run < runs; run++) {
			backToShipped(home, scratch);
			millis[run] = starts(home, scratch, 1)[0];
		}
		return millis;
	}

	/** Puts back the configuration area of {@code home} as it was unpacked. */
	static void backToShipped(Path home, Path scratch) throws IOException {
		replace(home.resolve("configuration"), scratch.resolve("configuration-as-shipped"));
	}

	/** Keeps a copy of the configuration area of the freshly unpacked {@code home}, for {@link #firstStarts}. */
	static void asShipped(Path home, Path scratch) throws IOException {
		replace(scratch.resolve("configuration-as-shipped"), home.resolve("configuration"));
	}

	/** Makes {@code target} a copy of the folder {@code source}. */
	private static void replace(Path target, Path source) throws IOException {
		if (Files.exists(target)) {
			try (Stream<Path> old = Files.walk(target)) {
				for (Path file : (Iterable<Path>) old.sorted(Comparator.reverseOrder())::iterator) {
					Files.delete(file);
				}
			}
		}
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
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
