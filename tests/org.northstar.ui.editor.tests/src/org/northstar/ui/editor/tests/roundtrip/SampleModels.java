package org.northstar.ui.editor.tests.roundtrip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * Every sample model (the test models and the example workspace), each folder as a workspace
 * project of its own since its files link to each other. The folders come from the system property
 * {@code northstar.samples} (paths separated by the path separator), set by this bundle's pom.
 */
final class SampleModels {

	private final Map<IFile, String> originals = new LinkedHashMap<>();

	private SampleModels() {
	}

	static SampleModels createProjects() throws CoreException {
		SampleModels samples = new SampleModels();
		String folders = System.getProperty("northstar.samples");
		if (folders == null || folders.isBlank()) {
			throw new IllegalStateException("-Dnorthstar.samples names no folder of sample models");
		}
		int n = 0;
		for (String folder : folders.split(java.io.File.pathSeparator)) {
			samples.addProject("samples" + ++n, Path.of(folder));
		}
		return samples;
	}

	private void addProject(String name, Path folder) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		// no North Star nature: the builder would validate after every reset, and the diagram needs none
		project.create(null);
		project.open(null);
		for (Path model : models(folder)) {
			String text = read(model);
			IFile file = project.getFile(model.getFileName().toString());
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
			originals.put(file, text);
		}
	}

	/** The sample files, in a fixed order so that a seed always picks the same file. */
	List<IFile> files() {
		return new ArrayList<>(originals.keySet());
	}

	String original(IFile file) {
		return originals.get(file);
	}

	/** Puts back every file a try changed (a renamed team is renamed in the other files too, and saved). */
	void reset() throws CoreException {
		for (Map.Entry<IFile, String> entry : originals.entrySet()) {
			IFile file = entry.getKey();
			if (!read(Path.of(file.getLocationURI())).equals(entry.getValue())) {
				file.setContents(new ByteArrayInputStream(entry.getValue().getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
			}
		}
	}

	private static List<Path> models(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			List<Path> models = files.filter(f -> f.toString().endsWith(".northstar")).sorted().toList();
			if (models.isEmpty()) {
				throw new IllegalStateException("No .northstar files in " + folder);
			}
			return models;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
