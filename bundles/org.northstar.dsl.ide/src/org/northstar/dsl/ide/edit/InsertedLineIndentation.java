package org.northstar.dsl.ide.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.northstar.dsl.ide.edit.ModelEdits.TextEdit;

/**
 * Indents the lines that a model change wrote by their depth in braces, four spaces a level, as the
 * formatter lays out a whole file. Xtext's diff formatter leaves a new line at the margin when the
 * new element is the last of its block (it formats only the regions it wrote, and the block's
 * indentation is decided outside them). Only line starts written by the change are touched; every
 * line the analyst wrote keeps its indentation.
 */
final class InsertedLineIndentation {

	private static final String INDENT = "    ";

	private InsertedLineIndentation() {
	}

	static List<TextEdit> fix(String oldText, List<TextEdit> edits) {
		List<TextEdit> frontToBack = new ArrayList<>(edits);
		frontToBack.sort(Comparator.comparingInt(TextEdit::offset));
		List<TextEdit> fixed = new ArrayList<>();
		StringBuilder newText = new StringBuilder();
		int copied = 0;
		for (TextEdit original : frontToBack) {
			TextEdit edit = fromLineStart(oldText, original, copied);
			newText.append(oldText, copied, edit.offset());
			String following = oldText.substring(edit.offset() + edit.length());
			String text = indent(newText, edit.text());
			int swallowed = 0;
			int lastBreak = text.lastIndexOf('\n');
			if (lastBreak >= 0 && text.substring(lastBreak + 1).isBlank()) {
				// the last line it starts goes on in the old text: its blanks there become this line's indentation
				swallowed = blanksAt(following, 0);
				char next = swallowed < following.length() ? following.charAt(swallowed) : '\0';
				if (next != '\n' && next != '\r' && next != '\0') {
					Depth depth = Depth.of(newText.toString() + text);
					text = text.substring(0, lastBreak + 1) + INDENT.repeat(Math.max(0, depth.level() - (next == '}' ? 1 : 0)));
				} else {
					swallowed = 0;
				}
			}
			fixed.add(new TextEdit(edit.offset(), edit.length() + swallowed, text));
			newText.append(text);
			copied = edit.offset() + edit.length() + swallowed;
		}
		return fixed;
	}

	/**
	 * An edit that starts after the blanks of a line and writes a line break starts the line itself:
	 * it takes the blanks along, so that its first line is indented like the others.
	 */
	private static TextEdit fromLineStart(String oldText, TextEdit edit, int notBefore) {
		if (edit.text().indexOf('\n') < 0) {
			return edit;
		}
		int start = edit.offset();
		while (start > notBefore && (oldText.charAt(start - 1) == ' ' || oldText.charAt(start - 1) == '\t')) {
			start--;
		}
		if (start == edit.offset() || start > 0 && oldText.charAt(start - 1) != '\n') {
			return edit;
		}
		return new TextEdit(start, edit.length() + edit.offset() - start, oldText.substring(start, edit.offset()) + edit.text());
	}

	/**
	 * {@code text} with each line start that it writes (after one of its line breaks, or at its
	 * beginning when it is inserted at the start of a line) indented for the depth there.
	 */
	private static String indent(CharSequence before, String text) {
		boolean atLineStart = before.length() == 0 || before.charAt(before.length() - 1) == '\n';
		if (text.indexOf('\n') < 0 && !atLineStart) {
			return text;
		}
		StringBuilder result = new StringBuilder();
		Depth depth = Depth.of(before);
		int i = 0;
		if (atLineStart && !depth.inComment()) {
			i = indentLine(text, 0, depth, result);
		}
		while (i < text.length()) {
			char c = text.charAt(i);
			result.append(c);
			depth.read(c, i + 1 < text.length() ? text.charAt(i + 1) : '\0');
			i++;
			if (c == '\n' && !depth.inComment()) {
				i = indentLine(text, i, depth, result);
			}
		}
		return result.toString();
	}

	/** Writes the indentation of the line starting at {@code start} in place of its blanks; returns where its text starts. */
	private static int indentLine(String text, int start, Depth depth, StringBuilder result) {
		int blanks = blanksAt(text, start);
		if (blanks == text.length()) {
			result.append(text, start, blanks); // the line goes on in the old text: see fix()
			return blanks;
		}
		char next = text.charAt(blanks);
		if (next != '\n' && next != '\r') {
			result.append(INDENT.repeat(Math.max(0, depth.level() - (next == '}' ? 1 : 0))));
		}
		return blanks;
	}

	private static int blanksAt(String text, int start) {
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return end;
	}

	/** Brace depth of a .northstar text, skipping strings and comments. */
	private static final class Depth {
		private int level;
		private boolean inString;
		private boolean inLineComment;
		private boolean inBlockComment;
		private char previous;

		static Depth of(CharSequence text) {
			Depth depth = new Depth();
			for (int i = 0; i < text.length(); i++) {
				depth.read(text.charAt(i), i + 1 < text.length() ? text.charAt(i + 1) : '\0');
			}
			return depth;
		}

		void read(char c, char next) {
			if (inLineComment) {
				inLineComment = c != '\n';
			} else if (inBlockComment) {
				inBlockComment = !(previous == '*' && c == '/');
			} else if (inString) {
				inString = !(c == '"' && previous != '\\');
			} else if (c == '"') {
				inString = true;
			} else if (c == '/' && next == '/') {
				inLineComment = true;
			} else if (c == '/' && next == '*') {
				inBlockComment = true;
			} else if (c == '{') {
				level++;
			} else if (c == '}') {
				level--;
			}
			previous = c;
		}

		boolean inComment() {
			return inBlockComment;
		}

		int level() {
			return level;
		}
	}
}
