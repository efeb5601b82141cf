package org.northstar.ui.lsp;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between LSP positions (line, UTF-16 character) and document offsets (also UTF-16), clamping
 * what lies outside the document: diagnostics may describe a version a few keystrokes old.
 */
public final class Positions {

	private Positions() {
	}

	public static int offset(IDocument document, Position position) {
		try {
			int lines = document.getNumberOfLines();
			if (position.getLine() >= lines) {
				return document.getLength();
			}
			IRegion line = document.getLineInformation(Math.max(0, position.getLine()));
			return line.getOffset() + Math.min(Math.max(0, position.getCharacter()), line.getLength());
		} catch (BadLocationException e) {
			return document.getLength();
		}
	}

	public static Position position(IDocument document, int offset) {
		try {
			int clamped = Math.max(0, Math.min(offset, document.getLength()));
			int line = document.getLineOfOffset(clamped);
			return new Position(line, clamped - document.getLineOffset(line));
		} catch (BadLocationException e) {
			return new Position(0, 0);
		}
	}

	public static IRegion region(IDocument document, Range range) {
		int start = offset(document, range.getStart());
		int end = Math.max(start, offset(document, range.getEnd()));
		return new Region(start, end - start);
	}

	public static Range range(IDocument document, int offset, int length) {
		return new Range(position(document, offset), position(document, offset + length));
	}
}
