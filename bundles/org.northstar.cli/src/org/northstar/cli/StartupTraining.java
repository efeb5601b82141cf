package org.northstar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run behind the command line's ahead-of-time class cache: the packaging runs it once,
 * under {@code -XX:AOTCacheOutput}, over the example project, so that the cache holds the classes
 * (and their linking and profiles) of every command a user starts often, not only of the first.
 * One process runs them all because the JDK records one process per cache.
 *
 * <p>Usage: {@code StartupTraining PROJECT_FOLDER}. It writes only into a temporary folder.
 */
public final class StartupTraining {

	private StartupTraining() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
			System.err.println("usage: StartupTraining PROJECT_FOLDER (the example project)");
			System.exit(2);
		}
		String project = args[0];
		Path scratch = Files.createTempDirectory("northstar-training");
		try {
			for (List<String> command : commands(project, scratch)) {
				int code = Main.run(command.toArray(String[]::new), discard(), discard());
				System.err.println("training: northstar " + String.join(" ", command) + " -> " + code);
			}
		} finally {
			deleteAll(scratch);
		}
	}

	private static List<List<String>> commands(String project, Path scratch) {
		return List.of(
				List.of("--version"),
				List.of("rules"),
				List.of("validate", project),
				List.of("validate", "--format", "json", project),
				List.of("validate", "--format", "sarif", "--data", project),
				List.of("format", "--check", project),
				List.of("status", project),
				List.of("evaluate", "--format", "json", project),
				List.of("export", "--format", "svg", "--out", scratch.resolve("tree.svg").toString(), project));
	}

	private static PrintWriter discard() {
		return new PrintWriter(Writer.nullWriter());
	}

	private static void deleteAll(Path folder) throws IOException {
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
