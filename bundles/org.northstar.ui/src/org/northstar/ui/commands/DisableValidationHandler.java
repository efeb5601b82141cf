package org.northstar.ui.commands;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.northstar.workspace.builder.NorthStarNature;

/** "Disable North Star Validation": no more checks on build, and the project's North Star markers go. */
public final class DisableValidationHandler extends ProjectNatureHandler {

	@Override
	String jobName() {
		return "Disabling North Star validation";
	}

	@Override
	void apply(IProject project, IProgressMonitor monitor) throws CoreException {
		NorthStarNature.disable(project, monitor);
	}
}
