package org.northstar.studio;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.intro.IIntroPart;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Gives a new, empty workspace the example project once, and opens its main model, so that a first
 * start shows a real tree and its problems instead of an empty window. A workspace that had the
 * example once never gets it again, even if the user deletes it; consultants switch this off with
 * {@code org.northstar.studio/example.onFirstStart=false} in plugin_customization.ini.
 */
public class ExampleOnFirstStart implements IStartup {

	private static final String BUNDLE = "org.northstar.studio";
	private static final String ENABLED = "example.onFirstStart";
	private static final String SEEDED = "example.seeded";

	@Override
	public void earlyStartup() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(BUNDLE);
		boolean enabled = Platform.getPreferencesService().getBoolean(BUNDLE, ENABLED, true, null);
		boolean empty = ResourcesPlugin.getWorkspace().getRoot().getProjects().length == 0;
		if (!enabled || preferences.getBoolean(SEEDED, false) || !empty) {
			StartupReport.whenIdle(PlatformUI.getWorkbench().getDisplay());
			return;
		}
		preferences.putBoolean(SEEDED, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			Platform.getLog(getClass()).warn("Cannot remember that the example was created", e);
		}
		new WorkspaceJob("Creating the North Star example") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				IProject project = ExampleProject.create(monitor);
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> show(project.getFile(ExampleProject.MAIN_MODEL)));
				return Status.OK_STATUS;
			}
		}.schedule();
	}

	/** Opens the model and shows it in the Project Explorer; the welcome steps aside to a side panel. */
	static void show(IFile model) {
		StartupReport.whenIdle(PlatformUI.getWorkbench().getDisplay()); // runs after the editor opened below
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null || !model.exists()) {
			return;
		}
		IWorkbenchPage page = window.getActivePage();
		try {
			IDE.openEditor(page, model);
			IIntroPart intro = PlatformUI.getWorkbench().getIntroManager().getIntro();
			if (intro != null) {
				PlatformUI.getWorkbench().getIntroManager().setIntroStandby(intro, true);
			}
			IViewPart explorer = page.findView(IPageLayout.ID_PROJECT_EXPLORER);
			if (explorer instanceof ISetSelectionTarget target) {
				target.selectReveal(new StructuredSelection(model));
			}
		} catch (PartInitException e) {
			Platform.getLog(ExampleOnFirstStart.class).error("Cannot open the example model " + model.getFullPath(), e);
		}
	}
}
