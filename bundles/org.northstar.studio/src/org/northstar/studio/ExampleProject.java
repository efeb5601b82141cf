package org.northstar.studio;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.northstar.workspace.builder.NorthStarNature;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The example project shipped inside this bundle ({@code examples/acme-strategy}): two product
 * models, a shared teams file and a data folder, with a few deliberate anti-patterns to show the rules at work.
 */
public final class ExampleProject {

	public static final String NAME = "acme-strategy";

	/** The model the studio opens after creating the example. */
	public static final String MAIN_MODEL = "invoicely.northstar";

	private static final String SOURCE = "examples/" + NAME;

	private ExampleProject() {
	}

	/** Creates the example project in the workspace, or returns it, opened, when it exists already. */
	public static IProject create(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating the example project", 4);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(NAME);
		if (project.exists()) {
			project.open(progress.split(4));
			return project;
		}
		project.create(progress.split(1));
		project.open(progress.split(1));
		// through the nature's API, so that its builder is configured (a description given to create() is not)
		NorthStarNature.enable(project, progress.split(1));
		copyEntries(bundle(), SOURCE, project, progress.split(1));
		return project;
	}

	private static void copyEntries(Bundle bundle, String path, IContainer target, IProgressMonitor monitor)
			throws CoreException {
		for (String entry : Collections.list(entries(bundle, path))) {
			String name = new Path(entry).lastSegment();
			if (entry.endsWith("/")) {
				IFolder folder = target.getFolder(new Path(name));
				if (!folder.exists()) {
					folder.create(IResource.NONE, true, monitor);
				}
				copyEntries(bundle, entry, folder, monitor);
			} else {
				copyFile(bundle.getEntry(entry), target, name, monitor);
			}
		}
	}

	private static Enumeration<String> entries(Bundle bundle, String path) throws CoreException {
		Enumeration<String> entries = bundle.getEntryPaths(path);
		if (entries == null) {
			throw new CoreException(Status.error("The example '" + path + "' is missing from " + bundle.getSymbolicName()));
		}
		return entries;
	}

	private static void copyFile(URL source, IContainer target, String name, IProgressMonitor monitor) throws CoreException {
		try (InputStream in = source.openStream()) {
			target.getFile(new Path(name)).create(in, IResource.FORCE, monitor);
		} catch (IOException e) {
			throw new CoreException(new Status(IStatus.ERROR, bundle().getSymbolicName(), "Cannot copy " + source, e));
		}
	}

	private static Bundle bundle() {
		return FrameworkUtil.getBundle(ExampleProject.class);
	}
}
