package org.northstar.ui.editor;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.northstar.ui.lsp.Positions;
import org.northstar.ui.lsp.WorkspaceEdits;

/**
 * Shrinks a formatter's answer (often one edit replacing the whole text) to the part that really
 * changes, so the caret, folds, markers and the undo history outside it are left alone.
 */
final class MinimalEdit {

	private MinimalEdit() {
	}

	/** One edit from the first to the last changed character, or none when the text stays the same. */
	static List<TextEdit> of(IDocument document, List<? extends TextEdit> edits) throws BadLocationException {
		String before = document.get();
		Document copy = new Document(before);
		WorkspaceEdits.applyToDocument(copy, List.copyOf(edits));
		String after = copy.get();
		int prefix = 0;
		int limit = Math.min(before.length(), after.length());
		while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < limit - prefix
				&& before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
			suffix++;
		}
		if (prefix == before.length() && prefix == after.length()) {
			return List.of();
		}
		Range range = Positions.range(document, prefix, before.length() - suffix - prefix);
		return List.of(new TextEdit(range, after.substring(prefix, after.length() - suffix)));
	}
}
