package org.northstar.ui.commands;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Changes the North Star nature of the selected projects in a workspace job:
 * changing a project description can wait for a running build, and the UI
 * must not freeze meanwhile. Failures come back as the job's status, which
 * the workbench shows as an error dialog.
 */
abstract class ProjectNatureHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Set<IProject> projects = selectedProjects(event);
		if (projects.isEmpty()) {
			return null;
		}
		WorkspaceJob job = new WorkspaceJob(jobName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				SubMonitor progress = SubMonitor.convert(monitor, projects.size());
				for (IProject project : projects) {
					if (project.isOpen()) {
						apply(project, progress.split(1));
					}
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.setUser(true);
		job.schedule();
		return null;
	}

	/** The job's name in the Progress view. */
	abstract String jobName();

	abstract void apply(IProject project, IProgressMonitor monitor) throws CoreException;

	/** The projects of the selected resources (a file selects its project too), each once. */
	private static Set<IProject> selectedProjects(ExecutionEvent event) {
		Set<IProject> projects = new LinkedHashSet<>();
		for (Object element : HandlerUtil.getCurrentStructuredSelection(event)) {
			IResource resource = Adapters.adapt(element, IResource.class);
			if (resource != null && resource.getProject() != null) {
				projects.add(resource.getProject());
			}
		}
		return projects;
	}
}
