package org.northstar.cli;

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
 * <p>Usage: {@code StartupTraining PROJECT_FOLDER}. It writes nothing.
 */
public final class StartupTraining {

	private StartupTraining() {
	}

	public static void main(String[] args) {
		if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
			System.err.println("usage: StartupTraining PROJECT_FOLDER (the example project)");
			System.exit(2);
		}
		ShortLivedProcess.configure();
		for (List<String> command : commands(args[0])) {
			int code = Main.run(command.toArray(String[]::new), discard(), discard());
			System.err.println("training: northstar " + String.join(" ", command) + " -> " + code);
		}
	}

	/**
	 * No export: the JDK loads every class of the cache at each start, so the scene's ELK and AWT would
	 * come with every validate and lsp. Export reads its own classes from the jars, the rest from the cache.
	 */
	private static List<List<String>> commands(String project) {
		return List.of(
				List.of("--version"),
				List.of("rules"),
				List.of("validate", project),
				List.of("validate", "--format", "json", project),
				List.of("validate", "--format", "sarif", "--data", project),
				List.of("format", "--check", project),
				List.of("status", project),
				List.of("evaluate", "--format", "json", project));
	}

	private static PrintWriter discard() {
		return new PrintWriter(Writer.nullWriter());
	}
}
