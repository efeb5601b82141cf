package org.northstar.core.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;

/**
 * The .northstar files a user names (on the command line, in the export wizard): files as given,
 * folders searched recursively.
 */
public final class ModelFiles {

	public static final String EXTENSION = ".northstar";

	private ModelFiles() {
	}

	/**
	 * Each file with the path as the user wrote it (joined with the relative path
	 * below a folder); a path that cannot be used is a problem, and the others
	 * are still collected, so that one typo does not hide the rest. Only regular
	 * files are read: a pipe named {@code x.northstar} would block the reader
	 * forever, and a folder with that name is searched like any other, but named.
	 */
	public static Collected collect(List<String> arguments) {
		List<ModelFile> files = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String argument : arguments) {
			Path path = Path.of(argument);
			try {
				if (!Files.exists(path)) {
					throw new Unusable(argument + ": no such file or folder.");
				}
				if (!Files.isReadable(path)) {
					throw new Unusable(argument + ": cannot be read (check its permissions).");
				}
				if (Files.isDirectory(path)) {
					files.addAll(below(argument, path, problems));
				} else if (Files.isRegularFile(path)) {
					files.add(new ModelFile(argument, path));
				} else {
					throw new Unusable(argument + ": not a regular file (a pipe or a device); only files and folders are read.");
				}
			} catch (Unusable e) {
				problems.add(e.getMessage());
			}
		}
		return new Collected(files, problems);
	}

	/** The files found, and one line per path that could not be used. */
	public record Collected(List<ModelFile> files, List<String> problems) {
	}

	private static List<ModelFile> below(String argument, Path folder, List<String> problems) throws Unusable {
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
			throw new Unusable(argument + ": cannot list the folder (" + e.getMessage() + ").");
		}
	}

	/** The files named and the other models of their folders, each once, the named first: names defined beside a model resolve. */
	public static List<ModelFile> withNeighbours(List<ModelFile> files) {
		Map<Path, ModelFile> all = new LinkedHashMap<>();
		files.forEach(file -> all.putIfAbsent(file.real(), file));
		// each folder searched once: a folder given on the command line names every file in it
		Set<Path> folders = new LinkedHashSet<>();
		files.forEach(file -> folders.add(file.real().getParent()));
		for (Path folder : folders) {
			collect(List.of(folder.toString())).files().forEach(n -> all.putIfAbsent(n.real(), n));
		}
		return new ArrayList<>(all.values());
	}

	/** A path that cannot be used, and why. */
	private static final class Unusable extends Exception {
		private static final long serialVersionUID = 1L;

		Unusable(String message) {
			super(message);
		}
	}

	private static String display(String argument, Path folder, Path file) {
		String relative = folder.relativize(file).toString();
		return argument.endsWith("/") ? argument + relative : argument + "/" + relative;
	}

	/** A model file: how to print its path, and where it is (named by the file URI of its real location). */
	public record ModelFile(String displayPath, Path path) implements ModelSource {

		@Override
		public URI uri() {
			return ModelSource.fileUri(path);
		}

		@Override
		public InputStream open() throws IOException {
			return Files.newInputStream(path);
		}

		/** The absolute, normalized path: the same file however it was named. */
		public Path real() {
			return path.toAbsolutePath().normalize();
		}
	}
}
