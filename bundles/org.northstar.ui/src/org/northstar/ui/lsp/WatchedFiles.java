package org.northstar.ui.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;

/**
 * Tells the server of model files changed outside its open documents (by the CLI, git, a quick fix on a
 * closed file) and of projects coming and going, so names across files and their diagnostics stay right.
 */
final class WatchedFiles implements IResourceChangeListener {

	private static final String MODEL_SUFFIX = ".northstar";
	private static final String RULE_PROFILE = "northstar-rules.properties";

	private final LanguageServerConnection connection;

	WatchedFiles(LanguageServerConnection connection) {
		this.connection = connection;
	}

	void start() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	void stop() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		List<FileEvent> files = new ArrayList<>();
		List<WorkspaceFolder> added = new ArrayList<>();
		List<WorkspaceFolder> removed = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> collect(delta, files, added, removed));
		} catch (CoreException e) {
			ILog.of(getClass()).error("Cannot forward file changes to the North Star language server.", e);
		}
		if (!added.isEmpty() || !removed.isEmpty()) {
			connection.notify(server -> server.didChangeWorkspaceFolders(
					new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(added, removed))));
		}
		if (!files.isEmpty()) {
			connection.notify(server -> server.didChangeWatchedFiles(new DidChangeWatchedFilesParams(files)));
		}
	}

	private static boolean collect(IResourceDelta delta, List<FileEvent> files, List<WorkspaceFolder> added,
			List<WorkspaceFolder> removed) {
		IResource resource = delta.getResource();
		if (resource instanceof IProject project) {
			return project(delta, project, added, removed);
		}
		if (resource.getType() != IResource.FILE || resource.getLocationURI() == null) {
			return true;
		}
		String name = resource.getName();
		if (!name.endsWith(MODEL_SUFFIX) && !name.equals(RULE_PROFILE)) {
			return false;
		}
		Path path = Path.of(resource.getLocationURI());
		FileChangeType type = switch (delta.getKind()) {
			case IResourceDelta.ADDED -> FileChangeType.Created;
			case IResourceDelta.REMOVED -> FileChangeType.Deleted;
			default -> (delta.getFlags() & IResourceDelta.CONTENT) != 0 ? FileChangeType.Changed : null;
		};
		// an open document's truth is the editor's text, which the server already has
		if (type != null && !(type == FileChangeType.Changed && DocumentSync.isOpen(path.toAbsolutePath().normalize()))) {
			files.add(new FileEvent(DocumentUris.of(path), type));
		}
		return false;
	}

	private static boolean project(IResourceDelta delta, IProject project, List<WorkspaceFolder> added,
			List<WorkspaceFolder> removed) {
		boolean openChanged = (delta.getFlags() & IResourceDelta.OPEN) != 0;
		if (delta.getKind() == IResourceDelta.ADDED || openChanged && project.isOpen()) {
			if (project.isOpen() && project.getLocationURI() != null) {
				added.add(WorkspaceFolders.of(project));
				return false;
			}
		} else if (delta.getKind() == IResourceDelta.REMOVED || openChanged) {
			if (project.getLocationURI() != null) {
				removed.add(WorkspaceFolders.of(project));
			}
			return false;
		}
		return true;
	}
}
