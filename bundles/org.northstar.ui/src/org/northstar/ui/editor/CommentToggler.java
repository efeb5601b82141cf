package org.northstar.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

/** Ctrl+/: comments the selected lines out with {@code //}, or back in when all of them are comments; one undo step. */
final class CommentToggler {

	private static final String PREFIX = "//";

	private CommentToggler() {
	}

	static void toggle(IDocument document, ITextSelection selection) throws BadLocationException {
		int first = selection.getStartLine();
		int last = selection.getEndLine();
		if (last > first && selection.getOffset() + selection.getLength() == document.getLineOffset(last)) {
			last--; // a selection ending at the start of a line does not include that line
		}
		boolean uncomment = true;
		for (int line = first; line <= last; line++) {
			String text = lineText(document, line).strip();
			if (!text.isEmpty() && !text.startsWith(PREFIX)) {
				uncomment = false;
			}
		}
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			for (int line = last; line >= first; line--) {
				IRegion region = document.getLineInformation(line);
				String text = lineText(document, line);
				if (uncomment) {
					int at = text.indexOf(PREFIX);
					if (at >= 0) {
						document.replace(region.getOffset() + at, PREFIX.length(), "");
					}
				} else {
					document.replace(region.getOffset(), 0, PREFIX);
				}
			}
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
