package org.northstar.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.part.FileEditorInput;
import org.northstar.dsl.ide.edit.TableImport;
import org.northstar.ui.NorthStarUiPlugin;

/**
 * File > Import > North Star metrics CSV: what {@code northstar import} does (the same
 * {@link TableImport}), into a model of the workspace; a row that cannot be used is named with its
 * line on the page, and nothing is written.
 */
public class ImportNorthStarTableWizard extends NorthStarWizard implements IImportWizard {

	private ImportTablePage page;
	private IFile model;

	public ImportNorthStarTableWizard() {
		super("Import North Star Metrics");
	}

	@Override
	public void addPages() {
		page = new ImportTablePage(suggestedModel());
		addPage(page);
	}

	public ImportTablePage tablePage() {
		return page;
	}

	@Override
	public boolean performFinish() {
		IFile into = page.model();
		Path table = page.table();
		IEditorPart dirty = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findEditor(new FileEditorInput(into));
		if (dirty != null && dirty.isDirty()) {
			page.setErrorMessage(into.getName() + " has unsaved changes; save it first.");
			return false;
		}
		TableImport.Imported imported;
		try {
			Path location = Path.of(into.getLocation().toOSString());
			String text = Files.exists(location) ? read(location) : "";
			imported = NorthStarUiPlugin.session().get(TableImport.class).apply(read(table), location, text);
			if (imported.text().equals(text) && into.exists()) {
				model = into;
				return true;
			}
		} catch (TableImport.Refused refused) {
			page.setErrorMessage(refused.rows().isEmpty() ? refused.getMessage()
					: refused.rows().stream().map(row -> table.getFileName() + ":" + row.line() + ": " + row.message())
							.collect(Collectors.joining("\n", "", "\n" + refused.getMessage())));
			return false;
		} catch (IOException | IllegalArgumentException | IllegalStateException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		WorkspaceModifyOperation write = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				ByteArrayInputStream bytes = new ByteArrayInputStream(imported.text().getBytes(StandardCharsets.UTF_8));
				if (into.exists()) {
					into.setContents(bytes, IResource.KEEP_HISTORY, monitor);
				} else {
					into.create(bytes, IResource.NONE, monitor);
					into.setCharset(StandardCharsets.UTF_8.name(), monitor);
				}
				model = into;
			}
		};
		return run(write, () -> model);
	}

	/** The model the import went into. */
	public IFile model() {
		return model;
	}

	private static String read(Path file) throws IOException {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (CharacterCodingException e) {
			throw new IOException(file.getFileName() + ": not UTF-8 text; save it as UTF-8 (a spreadsheet's \"CSV UTF-8\") and try again.");
		}
	}

	/** The selected model, or a new one in the selected folder. */
	private String suggestedModel() {
		for (Object selected : selection().toList()) {
			IResource resource = Adapters.adapt(selected, IResource.class);
			if (resource instanceof IFile file && "northstar".equals(file.getFileExtension())) {
				return file.getFullPath().makeRelative().toString();
			}
			if (resource instanceof IContainer container && container.getType() != IResource.ROOT) {
				return container.getFullPath().append("metrics.northstar").makeRelative().toString();
			}
		}
		return "";
	}
}
