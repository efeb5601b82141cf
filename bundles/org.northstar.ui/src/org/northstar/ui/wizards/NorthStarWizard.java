package org.northstar.ui.wizards;

import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.actions.WorkspaceModifyOperation;

/** What the North Star wizards share: the workbench and selection they start from, and how they run their change. */
public abstract class NorthStarWizard extends Wizard implements IWorkbenchWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection = StructuredSelection.EMPTY;

	NorthStarWizard(String title) {
		setWindowTitle(title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench startedIn, IStructuredSelection selected) {
		this.workbench = startedIn;
		this.selection = selected == null ? StructuredSelection.EMPTY : selected;
	}

	IStructuredSelection selection() {
		return selection;
	}

	/** Runs the change with progress and opens what it made; a failure shows on the current page. */
	boolean run(WorkspaceModifyOperation change, Supplier<IFile> opened) {
		return WizardOperations.run(getContainer(), change, workbench, opened);
	}
}
