package org.northstar.bare;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * The bare workbench's twin of the studio's first start (ExampleOnFirstStart and StartupReport): at
 * early start-up, a project with one text file is created in a workspace job, the file is opened in the
 * platform's text editor, and the moment the UI thread next takes work is written to the file named
 * by -Dnorthstar.startup.report, in milliseconds since the JVM started.
 */
public class OpenTextOnFirstStart implements IStartup {

	@Override
	public void earlyStartup() {
		new WorkspaceJob("Creating the text project") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("plain");
				project.create(monitor);
				project.open(monitor);
				IFile file = project.getFile("invoicely.txt");
				file.create(new ByteArrayInputStream(text()), IResource.FORCE, monitor);
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(file));
				return Status.OK_STATUS;
			}
		}.schedule();
	}

	/** The studio's example model when -Dnorthstar.bare.text names it, so both editors open the same text. */
	private static byte[] text() {
		String source = System.getProperty("northstar.bare.text");
		try {
			return source == null ? "a text file\n".getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(Path.of(source));
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void open(IFile file) {
		String report = System.getProperty("northstar.startup.report");
		if (report != null) {
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> write(Path.of(report)));
		}
		try {
			IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void write(Path report) {
		long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		try {
			Files.writeString(report, millis + "\n");
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
