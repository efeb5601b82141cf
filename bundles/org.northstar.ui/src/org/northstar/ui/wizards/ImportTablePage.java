package org.northstar.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The metrics table to import and the model it goes into (made when it does not exist). */
public class ImportTablePage extends WizardPage {

	private final String suggestedModel;
	private Text table;
	private Text model;

	/** @param suggestedModel the workspace path of the model to offer, e.g. the selected one */
	public ImportTablePage(String suggestedModel) {
		super("table");
		this.suggestedModel = suggestedModel;
		setTitle("Import a North Star metrics table");
		setDescription("A CSV as northstar export --format csv writes it (columns in any order, optional ones missing, ',' ';' or tab).");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText("&Table (CSV):");
		table = new Text(page, SWT.BORDER);
		table.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.csv;*.tsv;*.txt", "*" });
			String chosen = dialog.open();
			if (chosen != null) {
				table.setText(chosen);
			}
		});
		new Label(page, SWT.NONE).setText("&Into model:");
		model = new Text(page, SWT.BORDER);
		model.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		model.setText(suggestedModel);
		new Label(page, SWT.NONE);
		Label note = new Label(page, SWT.WRAP);
		note.setText("A workspace path (project/folder/name.northstar). An existing model is updated by name with minimal edits;"
				+ " comments and the lines the table does not concern stay.");
		GridData noteData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		noteData.widthHint = 480;
		note.setLayoutData(noteData);
		table.addListener(SWT.Modify, event -> update());
		model.addListener(SWT.Modify, event -> update());
		setControl(page);
		update();
	}

	Path table() {
		return Path.of(table.getText().strip());
	}

	/** The model's file in the workspace, or null when the path names none that could be. */
	IFile model() {
		IPath path = IPath.fromOSString(model.getText().strip()).makeAbsolute();
		if (path.segmentCount() < 2 || !"northstar".equals(path.getFileExtension())) {
			return null;
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(path.segment(0));
		return project.isAccessible() ? ResourcesPlugin.getWorkspace().getRoot().getFile(path) : null;
	}

	private void update() {
		String problem = null;
		if (table.getText().isBlank() || !Files.isRegularFile(table())) {
			problem = "Choose the CSV file of the metrics table.";
		} else if (model() == null) {
			problem = "Name the model as project/folder/name.northstar, in an open project.";
		} else if (!model().getParent().exists()) {
			problem = model().getParent().getFullPath().makeRelative() + " does not exist; name an existing folder.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}
}
