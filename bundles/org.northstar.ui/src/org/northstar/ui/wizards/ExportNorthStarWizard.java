package org.northstar.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ISaveableFilter;
import org.eclipse.ui.PlatformUI;
import org.northstar.core.check.ModelFiles.ModelFile;
import org.northstar.scene.report.ExportException;
import org.northstar.ui.NorthStarUiPlugin;

/**
 * File > Export > North Star: what {@code northstar export} writes, from the models selected (or the
 * one in the active editor), with a preview; written by the same core code, atomically. The models
 * are read as saved, so Finish first offers to save the editors that hold unsaved changes to them
 * (the platform's Save Resources dialog, as before a launch): an export never silently leaves out
 * what the person sees on screen. Cancelling it keeps the wizard open.
 */
public class ExportNorthStarWizard extends NorthStarWizard implements IExportWizard {

	private final Set<IFile> chosen = new LinkedHashSet<>();
	private ExportPage page;
	private final List<Path> written = new ArrayList<>();

	public ExportNorthStarWizard() {
		super("Export North Star");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, selection);
		for (Object selected : selection().toList()) {
			IResource resource = Adapters.adapt(selected, IResource.class);
			if (resource != null) {
				chosen.addAll(models(resource));
			}
		}
		if (chosen.isEmpty()) {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			IWorkbenchPage active = window == null ? null : window.getActivePage();
			IEditorPart editor = active == null ? null : active.getActiveEditor();
			IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
			if (file != null) {
				chosen.addAll(models(file));
			}
		}
	}

	@Override
	public void addPages() {
		page = new ExportPage(models(ResourcesPlugin.getWorkspace().getRoot()), chosen);
		addPage(page);
	}

	public ExportPage exportPage() {
		return page;
	}

	/** The files the last Finish wrote. */
	public List<Path> written() {
		return List.copyOf(written);
	}

	@Override
	public boolean performFinish() {
		ExportChoice choice = page.choice();
		if (!saveEditorsOf(choice.models())) {
			return false;
		}
		List<Path> existing = (choice.eachFile() ? page.previewedNames().stream().map(choice.destination()::resolve).toList()
				: List.of(choice.destination())).stream().filter(Files::exists).toList();
		if (!existing.isEmpty() && !MessageDialog.openQuestion(getShell(), "Overwrite?", existing.size() == 1
				? existing.get(0) + " exists already. Overwrite it?"
				: existing.size() + " of the files exist already in " + choice.destination() + ". Overwrite them?")) {
			return false;
		}
		written.clear();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Exporting", org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
				try {
					choice.write(NorthStarUiPlugin.session(), written::add);
				} catch (ExportException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			page.setErrorMessage(e.getCause() instanceof ExportException ? e.getCause().getMessage()
					: "The export failed (" + e.getCause() + "); see the error log.");
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		refresh(written);
		return true;
	}

	/**
	 * Offers to save the editors with unsaved changes to the models (the platform's Save Resources
	 * dialog, over the wizard); false when the person cancels. (IDE.saveAllEditors would not do: it
	 * asks for the active workbench window, and there is none while the wizard's dialog is active.)
	 */
	private boolean saveEditorsOf(List<ModelFile> models) {
		Set<Path> files = models.stream().map(model -> model.path().toAbsolutePath().normalize()).collect(Collectors.toSet());
		ISaveableFilter ofTheModels = (saveable, parts) -> Arrays.stream(parts)
				.filter(IEditorPart.class::isInstance).map(part -> ((IEditorPart) part).getEditorInput().getAdapter(IFile.class))
				.anyMatch(file -> file != null && file.getLocation() != null && files.contains(file.getLocation().toPath().normalize()));
		return PlatformUI.getWorkbench().saveAll(this::getShell, getContainer(), ofTheModels, true);
	}

	/** Files written into the workspace show in it at once. */
	private static void refresh(List<Path> files) {
		for (Path file : files) {
			for (IFile inWorkspace : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri())) {
				try {
					inWorkspace.getParent().refreshLocal(IResource.DEPTH_ONE, null);
				} catch (CoreException e) {
					// the next refresh shows it
				}
			}
		}
	}

	/** The .northstar files of a resource: itself, or those below a folder or project. */
	private static List<IFile> models(IResource resource) {
		List<IFile> found = new ArrayList<>();
		try {
			resource.accept(each -> {
				if (each instanceof IFile file && "northstar".equals(file.getFileExtension()) && file.getLocation() != null) {
					found.add(file);
				}
				return each instanceof IContainer container && container.isAccessible() && !each.isDerived();
			});
		} catch (CoreException e) {
			// a project closed meanwhile has no models to offer
		}
		return found;
	}
}
