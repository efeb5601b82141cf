package org.northstar.ui.commands;

import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.northstar.workspace.builder.NorthStarBuilder;
import org.northstar.workspace.builder.NorthStarNature;

/** "Enable North Star Validation": the project's models are checked on every build from now on. */
public final class EnableValidationHandler extends ProjectNatureHandler {

	@Override
	String jobName() {
		return "Enabling North Star validation";
	}

	@Override
	void apply(IProject project, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		NorthStarNature.enable(project, progress.split(1));
		// With automatic builds the change of natures starts one; without, the user still wants to see the problems now.
		if (!project.getWorkspace().isAutoBuilding()) {
			project.build(IncrementalProjectBuilder.FULL_BUILD, NorthStarBuilder.ID, Map.of(), progress.split(1));
		}
	}
}
