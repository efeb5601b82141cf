package org.northstar.ui.rename;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.northstar.ui.lsp.Answers;
import org.northstar.ui.lsp.DocumentSync;
import org.northstar.ui.lsp.DocumentUris;
import org.northstar.ui.lsp.Positions;
import org.northstar.ui.lsp.WorkspaceEdits;

/**
 * Renames the element at a position through textDocument/rename. The server's edit becomes one text
 * change per file: open files change in their editors (left unsaved), closed files are saved.
 */
public class ServerRenameRefactoring extends Refactoring {

	private static final long ANSWER_MILLIS = 15000;

	private final DocumentSync document;
	private final Position position;
	private final String oldName;
	private String newName;
	private WorkspaceEdit edit;

	public ServerRenameRefactoring(DocumentSync document, Position position, String oldName) {
		this.document = document;
		this.position = position;
		this.oldName = oldName;
		this.newName = oldName;
	}

	public String oldName() {
		return oldName;
	}

	public void setNewName(String name) {
		newName = name;
	}

	@Override
	public String getName() {
		return "Rename '" + oldName + "'";
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) {
		return new RefactoringStatus();
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor monitor) {
		if (!NewNames.isName(newName)) {
			return RefactoringStatus.createFatalErrorStatus(NewNames.problem(newName));
		}
		document.flush();
		RenameParams params = new RenameParams(document.identifier(), position, newName);
		edit = Answers.await(document.connection().request(server -> server.rename(params)), ANSWER_MILLIS, null);
		if (edit == null || WorkspaceEdits.byDocument(edit).isEmpty()) {
			return RefactoringStatus.createFatalErrorStatus("The language server found nothing to rename here.");
		}
		return new RefactoringStatus();
	}

	@Override
	public Change createChange(IProgressMonitor monitor) throws CoreException {
		CompositeChange change = new CompositeChange(getName());
		for (Map.Entry<String, List<TextEdit>> entry : WorkspaceEdits.byDocument(edit).entrySet()) {
			Optional<IFile> file = DocumentUris.file(entry.getKey());
			if (file.isPresent()) {
				change.add(fileChange(file.get(), entry.getValue()));
			}
		}
		return change;
	}

	private static TextFileChange fileChange(IFile file, List<TextEdit> edits) throws CoreException {
		TextFileChange change = new TextFileChange(file.getName(), file);
		change.setSaveMode(TextFileChange.KEEP_SAVE_STATE);
		MultiTextEdit all = new MultiTextEdit();
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			IDocument text = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
			for (TextEdit edit : edits) {
				IRegion region = Positions.region(text, edit.getRange());
				all.addChild(new ReplaceEdit(region.getOffset(), region.getLength(), edit.getNewText()));
			}
		} finally {
			buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
		change.setEdit(all);
		return change;
	}
}
