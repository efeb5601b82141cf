package org.northstar.ui.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.lsp4j.WorkspaceFolder;

/** The open projects as the server's workspace folders: names resolve across the files of one project. */
final class WorkspaceFolders {

	private WorkspaceFolders() {
	}

	static List<WorkspaceFolder> current() {
		List<WorkspaceFolder> folders = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen() && project.getLocationURI() != null) {
				folders.add(of(project));
			}
		}
		return folders;
	}

	static WorkspaceFolder of(IProject project) {
		return new WorkspaceFolder(DocumentUris.of(Path.of(project.getLocationURI())), project.getName());
	}
}
