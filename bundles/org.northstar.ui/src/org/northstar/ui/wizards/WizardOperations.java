package org.northstar.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;

/** Runs a wizard's workspace change with progress, says clearly what went wrong, and opens what it made. */
final class WizardOperations {

	private WizardOperations() {
	}

	/**
	 * Runs the operation (which must not touch widgets: it runs in another thread). A failure is
	 * shown on the wizard's page, which stays open so the user can change what caused it.
	 */
	static boolean run(IWizardContainer context, WorkspaceModifyOperation operation, IWorkbench workbench, Supplier<IFile> opened) {
		try {
			context.run(true, false, operation);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			String message = cause instanceof CoreException core ? core.getStatus().getMessage() : String.valueOf(cause);
			ILog.of(WizardOperations.class).error("A North Star wizard failed", cause);
			if (context.getCurrentPage() instanceof WizardPage page) {
				page.setErrorMessage("Nothing more was created: " + message);
			}
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		open(workbench, opened.get());
		return true;
	}

	private static void open(IWorkbench workbench, IFile file) {
		if (workbench == null || file == null || workbench.getActiveWorkbenchWindow() == null) {
			return;
		}
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		try {
			if (page != null) {
				IDE.openEditor(page, file);
			}
		} catch (PartInitException e) {
			ILog.of(WizardOperations.class).error("Cannot open " + file.getFullPath(), e);
		}
	}
}
