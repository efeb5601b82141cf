package org.northstar.ui.wizards;

import java.io.File;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The folder to import and the project's name (the folder's, unless the user changes it). */
public class ImportFolderPage extends WizardPage {

	private Text folder;
	private Text name;

	public ImportFolderPage() {
		super("folder");
		setTitle("Import a folder of North Star models");
		setDescription("The folder stays where it is; its .northstar files are checked by the North Star builder.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText("&Folder:");
		folder = new Text(page, SWT.BORDER);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, event -> {
			String chosen = new DirectoryDialog(getShell()).open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		new Label(page, SWT.NONE).setText("&Project name:");
		name = new Text(page, SWT.BORDER);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		folder.addModifyListener(event -> {
			name.setText(new File(folder.getText()).getName());
			update();
		});
		name.addModifyListener(event -> update());
		setControl(page);
		update();
	}

	public void setFolder(String path) {
		folder.setText(path);
	}

	public String folder() {
		return folder.getText().strip();
	}

	public String projectName() {
		return name.getText().strip();
	}

	private void update() {
		String problem = null;
		File chosen = new File(folder());
		if (folder().isEmpty() || !chosen.isDirectory()) {
			problem = "Choose an existing folder.";
		} else {
			IStatus valid = ResourcesPlugin.getWorkspace().validateName(projectName(), org.eclipse.core.resources.IResource.PROJECT);
			if (!valid.isOK()) {
				problem = valid.getMessage();
			} else if (ResourcesPlugin.getWorkspace().getRoot().getProject(projectName()).exists()) {
				problem = "A project named '" + projectName() + "' exists already; choose another name.";
			}
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}
}
