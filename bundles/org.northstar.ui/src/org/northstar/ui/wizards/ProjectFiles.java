package org.northstar.ui.wizards;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.northstar.ui.editor.AtomicSaves;

/** Writes the files of a new project or model; refuses to overwrite anything that exists. */
final class ProjectFiles {

	private ProjectFiles() {
	}

	static IFile write(IContainer container, String name, String text, IProgressMonitor monitor) throws CoreException {
		IFile file = container.getFile(new Path(name));
		if (file.exists()) {
			throw new CoreException(Status.error(file.getFullPath() + " exists already; it was left as it is."));
		}
		AtomicSaves.write(file, text.getBytes(StandardCharsets.UTF_8), monitor);
		file.setCharset(StandardCharsets.UTF_8.name(), monitor);
		return file;
	}

	static IFolder folder(IProject project, String name, IProgressMonitor monitor) throws CoreException {
		IFolder folder = project.getFolder(name);
		if (!folder.exists()) {
			folder.create(IResource.NONE, true, monitor);
		}
		return folder;
	}

	/** The file name of a product's model: its name in lower case. */
	static String modelFileName(String productName) {
		return productName.toLowerCase(Locale.ROOT) + ".northstar";
	}
}
