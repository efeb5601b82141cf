package org.northstar.ui.lsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.northstar.ui.editor.AtomicSaves;

/**
 * Applies the server's edits to documents: through the text file buffers, so a file open in an editor is
 * changed in its editor (unsaved, one undo step) and a closed file is changed and saved.
 */
public final class WorkspaceEdits {

	private WorkspaceEdits() {
	}

	/** The text edits of a workspace edit per document URI, whichever of its two forms the server used. */
	public static Map<String, List<TextEdit>> byDocument(WorkspaceEdit edit) {
		Map<String, List<TextEdit>> edits = new LinkedHashMap<>();
		if (edit == null) {
			return edits;
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
				if (change.isLeft()) {
					List<TextEdit> documentEdits = edits.computeIfAbsent(change.getLeft().getTextDocument().getUri(),
							uri -> new ArrayList<>());
					change.getLeft().getEdits().stream().filter(Either::isLeft).map(Either::getLeft)
							.forEach(documentEdits::add);
				}
			}
		}
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, list) -> edits.computeIfAbsent(uri, key -> new ArrayList<>()).addAll(list));
		}
		return edits;
	}

	public static boolean applyOnUiThread(WorkspaceEdit edit, String label) {
		AtomicBoolean applied = new AtomicBoolean();
		Display display = Display.getDefault();
		if (display.getThread() == Thread.currentThread()) {
			applied.set(apply(edit));
		} else {
			display.syncExec(() -> applied.set(apply(edit)));
		}
		return applied.get();
	}

	/** Applies every document's edits; false when one could not be applied (the others stay applied). */
	public static boolean apply(WorkspaceEdit edit) {
		boolean all = true;
		for (Map.Entry<String, List<TextEdit>> entry : byDocument(edit).entrySet()) {
			all &= DocumentUris.file(entry.getKey()).map(file -> apply(file, entry.getValue())).orElse(false);
		}
		return all;
	}

	static boolean apply(IFile file, List<TextEdit> edits) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		boolean openElsewhere = manager.getTextFileBuffer(path, LocationKind.IFILE) != null;
		try {
			manager.connect(path, LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
				applyToDocument(buffer.getDocument(), edits);
				if (!openElsewhere) {
					AtomicSaves.commit(buffer, false, null);
				}
				return true;
			} finally {
				manager.disconnect(path, LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException | MalformedTreeException e) {
			ILog.of(WorkspaceEdits.class).error("Cannot apply the language server's edit to " + file.getFullPath(), e);
			return false;
		}
	}

	/** Applies edits (ranges of the unchanged document) as one undoable change. */
	public static void applyToDocument(IDocument document, List<TextEdit> edits) throws BadLocationException {
		MultiTextEdit all = new MultiTextEdit();
		for (TextEdit edit : edits) {
			IRegion region = Positions.region(document, edit.getRange());
			all.addChild(new ReplaceEdit(region.getOffset(), region.getLength(), edit.getNewText()));
		}
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			all.apply(document);
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
	}
}
