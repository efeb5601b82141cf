package org.northstar.ui.editor;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextEdit;
import org.northstar.ui.lsp.Answers;
import org.northstar.ui.lsp.DocumentSync;
import org.northstar.ui.lsp.Positions;
import org.northstar.ui.lsp.WorkspaceEdits;
import org.northstar.ui.preferences.EditorPreferences;

/** Editor commands that ask the server once and act on the answer: format, find references. */
final class EditorActions {

	private static final long ANSWER_MILLIS = 5000;

	private EditorActions() {
	}

	/** Ctrl+Shift+F: textDocument/formatting, applied as the smallest replacement, one undo step. */
	static void format(NorthStarEditor editor, DocumentSync document) {
		if (document == null) {
			return;
		}
		document.flush();
		FormattingOptions options = new FormattingOptions(
				EditorPreferences.store().getInt(EditorPreferences.FORMAT_TAB_SIZE),
				EditorPreferences.store().getBoolean(EditorPreferences.FORMAT_INSERT_SPACES));
		DocumentFormattingParams params = new DocumentFormattingParams(document.identifier(), options);
		List<? extends TextEdit> edits = Answers
				.await(document.connection().request(server -> server.formatting(params)), ANSWER_MILLIS, List.of());
		IDocument text = document.document();
		try {
			WorkspaceEdits.applyToDocument(text, MinimalEdit.of(text, edits));
		} catch (BadLocationException e) {
			MessageDialog.openInformation(editor.getSite().getShell(), "Format",
					"The text changed while it was being formatted; format again.");
		}
	}

	/** Ctrl+Shift+G: textDocument/references of the name at the caret. */
	static void findReferences(NorthStarEditor editor, DocumentSync document, int offset) {
		if (document == null) {
			return;
		}
		document.flush();
		IDocument text = document.document();
		ReferenceParams params = new ReferenceParams(document.identifier(), Positions.position(text, offset),
				new ReferenceContext(false));
		List<? extends Location> references = Answers
				.await(document.connection().request(server -> server.references(params)), ANSWER_MILLIS, List.of());
		ReferencesDialog.show(editor.getSite().getShell(), Words.at(text, offset), references);
	}
}
