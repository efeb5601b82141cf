package org.northstar.ui.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;

/**
 * Document URIs as the server writes them ({@code file:///...}) and as keys: the server and Eclipse spell
 * file URIs differently ({@code file:/a} vs {@code file:///a}), so everything is compared as a path.
 */
public final class DocumentUris {

	private DocumentUris() {
	}

	public static String of(IFile file) {
		return of(Path.of(file.getLocationURI()));
	}

	public static String of(Path path) {
		return path.toAbsolutePath().normalize().toUri().toString().replaceFirst("^file:/+", "file:///");
	}

	/** The same key for every spelling of one file's URI. */
	public static Path key(String uri) {
		return Path.of(URI.create(uri)).toAbsolutePath().normalize();
	}

	public static Optional<IFile> file(String uri) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(key(uri).toUri());
		for (IFile file : files) {
			if (file.isAccessible()) {
				return Optional.of(file);
			}
		}
		return files.length == 0 ? Optional.empty() : Optional.of(files[0]);
	}
}
