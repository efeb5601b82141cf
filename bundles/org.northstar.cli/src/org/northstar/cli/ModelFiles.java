package org.northstar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.northstar.core.check.ModelSource;

/** The .northstar files named on the command line: files as given, folders searched recursively. */
final class ModelFiles {

	static final String EXTENSION = ".northstar";

	private ModelFiles() {
	}

	/**
	 * Each file with the path as the user wrote it (joined with the relative path
	 * below a folder); a path that cannot be used is a problem, and the others
	 * are still collected, so that one typo does not hide the rest. Only regular
	 * files are read: a pipe named {@code x.northstar} would block the reader
	 * forever, and a folder with that name is searched like any other, but named.
	 */
	static Collected collect(List<String> arguments) {
		List<ModelFile> files = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String argument : arguments) {
			Path path = Path.of(argument);
			try {
				if (!Files.exists(path)) {
					throw new UsageException(argument + ": no such file or folder.");
				}
				if (!Files.isReadable(path)) {
					throw new UsageException(argument + ": cannot be read (check its permissions).");
				}
				if (Files.isDirectory(path)) {
					files.addAll(below(argument, path, problems));
				} else if (Files.isRegularFile(path)) {
					files.add(new ModelFile(argument, path));
				} else {
					throw new UsageException(argument + ": not a regular file (a pipe or a device); only files and folders are read.");
				}
			} catch (UsageException e) {
				problems.add(e.getMessage());
			}
		}
		return new Collected(files, problems);
	}

	/** The files found, and one line per path that could not be used. */
	record Collected(List<ModelFile> files, List<String> problems) {
	}

	private static List<ModelFile> below(String argument, Path folder, List<String> problems) throws UsageException {
		try (Stream<Path> walk = Files.walk(folder)) {
			List<Path> named = walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION)).sorted().toList();
			for (Path path : named) {
				if (!Files.isRegularFile(path) && !Files.isDirectory(path)) {
					problems.add(display(argument, folder, path) + ": skipped, not a regular file (a pipe, a device or a broken link).");
				}
			}
			return named.stream().filter(Files::isRegularFile)
					.map(p -> new ModelFile(display(argument, folder, p), p))
					.toList();
		} catch (IOException | java.io.UncheckedIOException e) {
			throw new UsageException(argument + ": cannot list the folder (" + e.getMessage() + ").");
		}
	}

	private static String display(String argument, Path folder, Path file) {
		String relative = folder.relativize(file).toString();
		return argument.endsWith("/") ? argument + relative : argument + "/" + relative;
	}

	/** A model file: how to print its path, and where it is (named by the file URI of its real location). */
	record ModelFile(String displayPath, Path path) implements ModelSource {

		@Override
		public URI uri() {
			return ModelSource.fileUri(path);
		}

		@Override
		public InputStream open() throws IOException {
			return Files.newInputStream(path);
		}
	}
}
