package org.northstar.ui.rename;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The rename dialog: the new name, then (Preview) the changes per file. */
final class RenameWizard extends RefactoringWizard {

	RenameWizard(ServerRenameRefactoring refactoring) {
		super(refactoring, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		setDefaultPageTitle(refactoring.getName());
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NewNamePage((ServerRenameRefactoring) getRefactoring()));
	}

	private static final class NewNamePage extends UserInputWizardPage {

		private final ServerRenameRefactoring refactoring;

		NewNamePage(ServerRenameRefactoring refactoring) {
			super("newName");
			this.refactoring = refactoring;
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);
			new Label(composite, SWT.NONE).setText("New &name:");
			Text name = new Text(composite, SWT.BORDER);
			name.setText(refactoring.oldName());
			name.selectAll();
			GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(name);
			name.addModifyListener(event -> {
				refactoring.setNewName(name.getText());
				boolean valid = NewNames.isName(name.getText()) && !name.getText().equals(refactoring.oldName());
				setErrorMessage(valid || name.getText().equals(refactoring.oldName()) ? null
						: NewNames.problem(name.getText()));
				setPageComplete(valid);
			});
			setPageComplete(false);
			setControl(composite);
			name.setFocus();
		}
	}
}
