package org.northstar.workspace.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.northstar.workspace.builder.NorthStarNature;
import org.northstar.workspace.builder.ProblemMarkers;

/**
 * A project in the test workspace, with files written through the workspace
 * API as an editor would save them, and builds run on request. Tests build
 * explicitly (automatic builds off) unless they test automatic builds.
 */
final class TestProject implements AutoCloseable {

	private static int count;

	private final IProject project;

	private TestProject(IProject project) {
		this.project = project;
	}

	/** A new open project with the North Star nature. */
	static TestProject withNature(String name) throws CoreException {
		TestProject test = withoutNature(name);
		NorthStarNature.enable(test.project, null);
		return test;
	}

	static TestProject withoutNature(String name) throws CoreException {
		IProject project = workspace().getRoot().getProject(name + "-" + ++count);
		project.create(null);
		project.open(null);
		return new TestProject(project);
	}

	static IWorkspace workspace() {
		return ResourcesPlugin.getWorkspace();
	}

	static void autoBuilding(boolean on) throws CoreException {
		IWorkspaceDescription description = workspace().getDescription();
		description.setAutoBuilding(on);
		workspace().setDescription(description);
	}

	/** Waits until the automatic build that the last change started has run. */
	static void waitForAutoBuild() throws InterruptedException {
		Job.getJobManager().wakeUp(ResourcesPlugin.FAMILY_AUTO_BUILD);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
	}

	IProject project() {
		return project;
	}

	IFile file(String path) {
		return project.getFile(path);
	}

	Path location(String path) {
		return file(path).getLocation().toFile().toPath();
	}

	/** Creates or replaces the file (and its folders), UTF-8 encoded. */
	IFile write(String path, String text) throws CoreException {
		return write(path, text.getBytes(StandardCharsets.UTF_8));
	}

	IFile write(String path, byte[] bytes) throws CoreException {
		IFile file = file(path);
		createFolders(file);
		if (file.exists()) {
			file.setContents(new ByteArrayInputStream(bytes), IResource.FORCE, null);
		} else {
			file.create(new ByteArrayInputStream(bytes), IResource.FORCE, null);
		}
		return file;
	}

	void delete(String path) throws CoreException {
		file(path).delete(true, null);
	}

	void fullBuild() throws CoreException {
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
	}

	void incrementalBuild() throws CoreException {
		build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
	}

	void build(int kind, IProgressMonitor monitor) throws CoreException {
		project.build(kind, monitor);
	}

	void clean() throws CoreException {
		project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
	}

	/** The North Star markers of one file, by line. */
	List<Marker> markers(String path) throws CoreException {
		return markersOf(file(path));
	}

	/** The North Star markers of one file with one rule id, by line. */
	List<Marker> markers(String path, String ruleId) throws CoreException {
		return markers(path).stream().filter(marker -> ruleId.equals(marker.ruleId())).toList();
	}

	/** Every North Star marker of the project, on any resource. */
	List<IMarker> allMarkers() throws CoreException {
		return List.of(project.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE));
	}

	static List<Marker> markersOf(IResource resource) throws CoreException {
		return Stream.of(resource.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)).map(Marker::of)
				.sorted(Comparator.comparingInt(Marker::line).thenComparingInt(Marker::charStart)).toList();
	}

	private static void createFolders(IResource resource) throws CoreException {
		if (resource.getParent() instanceof IFolder folder && !folder.exists()) {
			createFolders(folder);
			folder.create(true, true, null);
		}
	}

	@Override
	public void close() throws CoreException {
		project.delete(true, true, null);
	}
}
