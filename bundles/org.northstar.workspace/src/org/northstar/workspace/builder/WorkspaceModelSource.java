package org.northstar.workspace.builder;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.northstar.core.check.ModelSource;

/**
 * A model file of the workspace, named by the file URI of its real location
 * on disk: problems then name the same file the command line names, and rule
 * profiles are found next to it as the command line finds them. Only files
 * outside the local file system (which have no location) fall back to a
 * platform URI, and so get the rule defaults.
 */
public record WorkspaceModelSource(IFile file, URI uri) implements ModelSource {

	public static WorkspaceModelSource of(IFile file) {
		IPath location = file.getLocation();
		URI uri = location != null ? ModelSource.fileUri(location.toFile().toPath())
				: URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		return new WorkspaceModelSource(file, uri);
	}

	/**
	 * The version of the text on disk (its modification time), for the session's index to tell
	 * whether it holds this file as it is now; -1 for a file outside the local file system.
	 */
	public long version() {
		IPath location = file.getLocation();
		return location == null ? -1 : location.toFile().lastModified();
	}

	/**
	 * The bytes on disk, even when the workspace has not been refreshed yet:
	 * markers then describe what the file really holds. Decoding is the core's
	 * job (always UTF-8, as the content type declares and the CLI reads).
	 */
	@Override
	public InputStream open() throws IOException {
		try {
			return file.getContents(true);
		} catch (CoreException e) {
			throw new IOException(e.getStatus().getMessage(), e);
		}
	}
}
