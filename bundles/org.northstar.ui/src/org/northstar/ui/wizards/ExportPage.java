package org.northstar.ui.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.northstar.core.check.ModelFiles.ModelFile;
import org.northstar.scene.report.ReportExport;
import org.northstar.scene.report.ReportFormat;
import org.northstar.ui.wizards.ExportPreview.Shown;

/**
 * The export's choices, as {@code northstar export} has them: the models (checked), the format, the
 * destination (a file for one document, or a folder for one file per model), and a preview of the
 * first file the export writes. The page is complete when the preview could be made: what cannot be
 * exported says why on the page before Finish.
 */
public class ExportPage extends WizardPage {

	private static final int PREVIEW_WIDTH = 560;
	private static final int PREVIEW_HEIGHT = 315;

	private final List<IFile> all;
	private final Collection<IFile> chosen;
	private final ExportPreview previews = new ExportPreview(this::show, PREVIEW_WIDTH, PREVIEW_HEIGHT);
	private Table models;
	private ReportFormat format = ReportFormat.HTML;
	private Text destination;
	private Button eachFile;
	private boolean destinationTyped;
	private Composite preview;
	private Label picture;
	private Text text;
	private Shown shown;

	/** @param all the workspace's models; {@code chosen} the ones checked at first */
	public ExportPage(List<IFile> all, Collection<IFile> chosen) {
		super("export");
		this.all = all;
		this.chosen = chosen;
		setTitle("Export North Star models");
		setDescription("A report (HTML, Markdown, JSON, CSV of metrics) or the trees (SVG, PNG, a 16:9 slide), as northstar export writes it.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText("&Models:");
		models = new Table(page, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		GridData modelsData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
		modelsData.heightHint = models.getItemHeight() * 4;
		models.setLayoutData(modelsData);
		for (IFile file : all) {
			TableItem item = new TableItem(models, SWT.NONE);
			item.setText(file.getFullPath().makeRelative().toString());
			item.setData(file);
			item.setChecked(chosen.contains(file));
		}
		models.addListener(SWT.Selection, event -> {
			if (event.detail == SWT.CHECK) {
				changed();
			}
		});
		new Label(page, SWT.NONE).setText("Format:");
		Composite formats = new Composite(page, SWT.NONE);
		formats.setLayout(new RowLayout());
		formats.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		for (ReportFormat each : ReportFormat.values()) {
			Button radio = new Button(formats, SWT.RADIO);
			radio.setText(each.name().toLowerCase());
			radio.setData(each);
			radio.setSelection(each == format);
			radio.addListener(SWT.Selection, event -> {
				if (radio.getSelection()) {
					format = each;
					changed();
				}
			});
		}
		new Label(page, SWT.NONE).setText("&Destination:");
		destination = new Text(page, SWT.BORDER);
		destination.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		destination.addListener(SWT.Modify, event -> {
			if (destination.isFocusControl()) {
				destinationTyped = true;
			}
			update();
		});
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, event -> browse());
		new Label(page, SWT.NONE);
		eachFile = new Button(page, SWT.CHECK);
		eachFile.setText("One file per model in this &folder");
		eachFile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		eachFile.addListener(SWT.Selection, event -> changed());
		Group previewGroup = new Group(page, SWT.NONE);
		previewGroup.setText("Preview");
		previewGroup.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		previewGroup.setLayout(new GridLayout());
		preview = new Composite(previewGroup, SWT.NONE);
		GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true);
		previewData.widthHint = PREVIEW_WIDTH;
		previewData.heightHint = PREVIEW_HEIGHT;
		preview.setLayoutData(previewData);
		preview.setLayout(new StackLayout());
		picture = new Label(preview, SWT.CENTER);
		text = new Text(preview, SWT.READ_ONLY | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		page.addListener(SWT.Dispose, event -> {
			previews.dispose();
			disposeImage();
		});
		setControl(page);
		changed();
	}

	/** The choices as they stand. */
	ExportChoice choice() {
		List<ModelFile> files = new ArrayList<>();
		for (TableItem item : models.getItems()) {
			if (item.getChecked()) {
				IFile file = (IFile) item.getData();
				files.add(new ModelFile(file.getProjectRelativePath().toString(), Path.of(file.getLocation().toOSString())));
			}
		}
		String where = destination.getText().strip();
		return new ExportChoice(files, format, where.isEmpty() ? null : Path.of(where), eachFile.getSelection());
	}

	/** The names of the files the preview wrote (in the destination's folder when it is one). */
	List<String> previewedNames() {
		return shown == null ? List.of() : shown.names();
	}

	private void browse() {
		String path;
		if (eachFile.getSelection()) {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(destination.getText());
			path = dialog.open();
		} else {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setFileName(destination.getText());
			dialog.setFilterExtensions(new String[] { "*." + format.extension(), "*" });
			path = dialog.open();
		}
		if (path != null) {
			destinationTyped = true;
			destination.setText(path);
		}
	}

	/** The models, the format or the kind of destination changed: a new default destination unless one was typed. */
	private void changed() {
		if (!destinationTyped) {
			destination.setText(defaultDestination());
		}
		update();
	}

	private String defaultDestination() {
		List<ModelFile> files = choice().models();
		if (files.isEmpty()) {
			return "";
		}
		Path model = files.get(0).path();
		if (eachFile.getSelection()) {
			return model.getParent().toString();
		}
		return model.resolveSibling(files.size() == 1 ? ReportExport.fileName(model, format) : "north-star-report." + format.extension()).toString();
	}

	private void update() {
		ExportChoice choice = choice();
		String problem = null;
		if (choice.models().isEmpty()) {
			problem = "Check the models to export.";
		} else if (choice.destination() == null) {
			problem = eachFile.getSelection() ? "Choose the folder to write to." : "Choose the file to write.";
		}
		shown = null;
		setPageComplete(false);
		setErrorMessage(problem);
		setMessage(problem == null ? "Making the preview..." : null);
		if (problem == null) {
			previews.make(choice);
		}
	}

	/** The preview of the latest choices is made: show it, or why it could not be made. */
	private void show(Shown made) {
		if (getControl() == null || getControl().isDisposed()) {
			return;
		}
		shown = made;
		disposeImage();
		StackLayout stack = (StackLayout) preview.getLayout();
		if (made.problem() != null) {
			setErrorMessage(made.problem());
			setMessage(null);
			text.setText("");
			stack.topControl = text;
			setPageComplete(false);
		} else {
			setErrorMessage(null);
			setMessage(made.warnings().isEmpty() ? null : String.join(" ", made.warnings()), WARNING);
			if (made.picture() != null) {
				picture.setImage(new Image(picture.getDisplay(), made.picture()));
				stack.topControl = picture;
			} else {
				text.setText(made.text());
				stack.topControl = text;
			}
			setPageComplete(true);
		}
		preview.layout();
	}

	private void disposeImage() {
		if (picture != null && !picture.isDisposed() && picture.getImage() != null) {
			picture.getImage().dispose();
			picture.setImage(null);
		}
	}
}
