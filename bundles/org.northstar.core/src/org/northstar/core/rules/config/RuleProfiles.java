package org.northstar.core.rules.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;

/**
 * Finds the profile that applies to a model file. Profiles cascade per key,
 * like .editorconfig: every {@value #FILE_NAME} from the project root down to
 * the model's folder is read, and a nearer file overrides the keys it sets
 * (the others keep what farther files or the defaults say). The walk up stops
 * at the first folder holding {@code .project} or {@code .git}, that folder
 * included. An explicit profile (the CLI's {@code --rules FILE}, see
 * {@link ExplicitProfile}) is applied last and so wins over every file found. Models that are not files (e.g.
 * {@code test:/} or in-memory URIs) get the defaults plus the explicit profile.
 */
public final class RuleProfiles {

	public static final String FILE_NAME = "northstar-rules.properties";

	private record Cached(FileTime modified, RuleProfile profile) {
	}

	private final Map<Path, Cached> files = new ConcurrentHashMap<>();

	/** The profile of the files found next to the model. */
	public RuleProfile forModel(URI uri) {
		return forModel(uri, null);
	}

	/** The profile of the files found next to the model, with {@code explicit} (null: none) applied last. */
	public RuleProfile forModel(URI uri, Path explicit) {
		RuleProfile profile = RuleProfile.DEFAULTS;
		Path folder = folderOf(uri);
		if (folder != null) {
			for (Path file : profileFilesFromRootTo(folder)) {
				profile = profile.overriddenBy(read(file));
			}
		}
		return explicit == null ? profile : profile.overriddenBy(read(explicit));
	}

	private static Path folderOf(URI uri) {
		URI resolved = uri == null ? null : CommonPlugin.resolve(uri);
		if (resolved == null || !resolved.isFile() || resolved.toFileString() == null) {
			return null;
		}
		return Paths.get(resolved.toFileString()).toAbsolutePath().getParent();
	}

	private static Deque<Path> profileFilesFromRootTo(Path folder) {
		Deque<Path> found = new ArrayDeque<>();
		for (Path current = folder; current != null; current = current.getParent()) {
			Path candidate = current.resolve(FILE_NAME);
			if (Files.isRegularFile(candidate)) {
				found.addFirst(candidate);
			}
			if (Files.exists(current.resolve(".project")) || Files.exists(current.resolve(".git"))) {
				break;
			}
		}
		return found;
	}

	/** Profiles are read again only when they change, so editors pick up edits without a restart. */
	private RuleProfile read(Path file) {
		FileTime modified;
		try {
			modified = Files.getLastModifiedTime(file);
		} catch (IOException e) {
			return RuleProfile.read(file);
		}
		Cached cached = files.get(file);
		if (cached != null && cached.modified().equals(modified)) {
			return cached.profile();
		}
		RuleProfile profile = RuleProfile.read(file);
		files.put(file, new Cached(modified, profile));
		return profile;
	}
}
