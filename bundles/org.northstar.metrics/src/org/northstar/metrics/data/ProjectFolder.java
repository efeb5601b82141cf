package org.northstar.metrics.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder a model's data files must stay in: the nearest folder above the model (its own
 * folder included) that holds {@code .project} or {@code .git}, else the model's own folder.
 * A model copied from a client cannot read {@code ../../.ssh/id_rsa} as "data" unless the user
 * allows data outside the project ({@link DataSettings#allowOutsideProject()}).
 */
final class ProjectFolder {

	private final Path root;

	private ProjectFolder(Path root) {
		this.root = root;
	}

	static ProjectFolder of(Path modelFolder) {
		for (Path folder = modelFolder; folder != null; folder = folder.getParent()) {
			if (Files.exists(folder.resolve(".project")) || Files.exists(folder.resolve(".git"))) {
				return new ProjectFolder(real(folder));
			}
		}
		return new ProjectFolder(real(modelFolder));
	}

	Path root() {
		return root;
	}

	/** Whether {@code file} (normalized; links followed where it exists) lies inside the project folder. */
	boolean holds(Path file) {
		return real(file).startsWith(root);
	}

	/** The problem of a data file outside the project, or null when it is inside or the user allows it. */
	String outside(Path file, String clause, DataSettings settings) {
		if (settings.allowOutsideProject() || holds(file)) {
			return null;
		}
		return "'" + clause + "' names " + file + ", which is outside the project folder " + root
				+ "; keep data files inside the project (a folder with .project or .git, else the model's folder)"
				+ " or allow it with --allow-outside-data.";
	}

	/** The path with links resolved as far as it exists, so that a link cannot lead out unseen. */
	private static Path real(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path existing = absolute;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return absolute;
		}
		try {
			return existing.toRealPath().resolve(existing.relativize(absolute));
		} catch (IOException e) {
			return absolute;
		}
	}
}
