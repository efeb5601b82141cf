package org.northstar.workspace.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Checks every open North Star project again, in the background, as a full build of our builder alone.
 * Markers are persistent, but only as fresh as the workspace's last save: a studio that was killed comes
 * back with the markers and build state of its last snapshot (none, for a workspace younger than its first
 * snapshot), and since no file changes, no build runs to put them right. So the studio runs this at every
 * start; a project whose problems did not change keeps its markers untouched ({@link ProblemMarkers}).
 */
public final class Revalidation extends WorkspaceJob {

	/** The job family, to wait for or cancel every revalidation. */
	public static final Object FAMILY = Revalidation.class;

	/** Only this project, or every North Star project when null. */
	private final IProject project;

	public Revalidation() {
		this(null);
	}

	/** Checks one project again (its data changed, so the rules over data may find otherwise). */
	public Revalidation(IProject project) {
		super(project == null ? "Validating North Star projects" : "Validating " + project.getName());
		this.project = project;
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		setRule(workspace.getRuleFactory().buildRule());
		setPriority(BUILD);
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		List<IProject> projects = project == null ? northStarProjects()
				: project.isOpen() && NorthStarNature.isEnabled(project) ? List.of(project) : List.of();
		SubMonitor progress = SubMonitor.convert(monitor, getName(), projects.size());
		for (IProject project : projects) {
			project.build(IncrementalProjectBuilder.FULL_BUILD, NorthStarBuilder.ID, Map.of(), progress.split(1));
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	private static List<IProject> northStarProjects() throws CoreException {
		List<IProject> projects = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (NorthStarNature.isEnabled(project)) {
				projects.add(project);
			}
		}
		return projects;
	}
}
