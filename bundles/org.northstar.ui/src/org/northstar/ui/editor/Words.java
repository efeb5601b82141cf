package org.northstar.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;

/** The name around an offset, as the grammar's ID sees names (letters, digits, underscores). */
public final class Words {

	private Words() {
	}

	public static int start(IDocument document, int offset) {
		int start = offset;
		try {
			while (start > 0 && Character.isJavaIdentifierPart(document.getChar(start - 1))) {
				start--;
			}
		} catch (BadLocationException e) {
			return offset;
		}
		return start;
	}

	public static IRegion around(IDocument document, int offset) {
		int start = start(document, offset);
		int end = offset;
		try {
			while (end < document.getLength() && Character.isJavaIdentifierPart(document.getChar(end))) {
				end++;
			}
		} catch (BadLocationException e) {
			return new Region(offset, 0);
		}
		return new Region(start, end - start);
	}

	/** The word at the offset, or "" when there is none. */
	public static String at(IDocument document, int offset) {
		IRegion word = around(document, offset);
		try {
			return document.get(word.getOffset(), word.getLength());
		} catch (BadLocationException e) {
			return "";
		}
	}
}
