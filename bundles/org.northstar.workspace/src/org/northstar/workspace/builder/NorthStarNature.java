package org.northstar.workspace.builder;

import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Marks a project whose .northstar models the workspace build checks: the
 * nature brings the builder ({@value NorthStarBuilder#ID}) and takes it, and
 * its markers, away again. Projects made by the studio's wizards and its
 * example carry it from the start; {@link #enable} adds it to others.
 */
public final class NorthStarNature implements IProjectNature {

	public static final String ID = "org.northstar.ui.nature";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		BuildSpec.add(project, NorthStarBuilder.ID);
	}

	@Override
	public void deconfigure() throws CoreException {
		BuildSpec.remove(project, NorthStarBuilder.ID);
		// Nothing will update these any more, so they would only mislead.
		ProblemMarkers.deleteAll(project);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}

	public static boolean isEnabled(IProject project) throws CoreException {
		return project.isOpen() && project.hasNature(ID);
	}

	/** Adds the nature (and so the builder) to an open project; nothing happens when it is there already. */
	public static void enable(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (!description.hasNature(ID)) {
			description.setNatureIds(Stream.concat(Arrays.stream(description.getNatureIds()), Stream.of(ID))
					.toArray(String[]::new));
			project.setDescription(description, monitor);
		}
	}

	/** Removes the nature, the builder and the markers; nothing happens when the nature is not there. */
	public static void disable(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (description.hasNature(ID)) {
			description.setNatureIds(Arrays.stream(description.getNatureIds()).filter(id -> !ID.equals(id))
					.toArray(String[]::new));
			project.setDescription(description, monitor);
		}
	}
}
