package org.northstar.workspace.builder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/**
 * The .northstar files of a project, checked together so that names resolve
 * across them. Derived resources (build output, copies made by other
 * builders) and team-private members are left out: they are not the
 * analyst's models, and copies would report every name twice.
 */
public final class ProjectModels {

	private ProjectModels() {
	}

	public static List<WorkspaceModelSource> of(IProject project) throws CoreException {
		List<IFile> files = new ArrayList<>();
		project.accept(proxy -> {
			if (proxy.isDerived()) {
				return false;
			}
			if (proxy.getType() == IResource.FILE && NorthStarFiles.isModelName(proxy.getName())) {
				files.add((IFile) proxy.requestResource());
			}
			return true;
		}, IResource.NONE);
		// The same order on every build (and as the command line walks a folder), so results never depend on it.
		files.sort(Comparator.comparing(file -> file.getFullPath().toString()));
		return files.stream().map(WorkspaceModelSource::of).toList();
	}
}
