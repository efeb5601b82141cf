package org.northstar.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;
import org.northstar.ui.preferences.EditorPreferences;

/**
 * Typing help: quotes and braces close themselves (and typing the closer steps over it), Enter keeps the
 * indentation and adds one level after an opening brace, a closing brace on a blank line moves back one level.
 */
final class BracesAndIndentStrategy implements IAutoEditStrategy {

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		try {
			if (command.length == 0 && command.text != null) {
				if (TextUtilities.endsWith(document.getLegalLineDelimiters(), command.text) != -1
						&& command.text.strip().isEmpty()) {
					newLine(document, command);
				} else if (command.text.length() == 1) {
					typed(document, command, command.text.charAt(0));
				}
			}
		} catch (BadLocationException e) {
			// leave the command as typed
		}
	}

	private static void typed(IDocument document, DocumentCommand command, char c) throws BadLocationException {
		char next = command.offset < document.getLength() ? document.getChar(command.offset) : 0;
		if ((c == '}' || c == ')' || c == '"') && next == c) {
			command.text = "";
			command.caretOffset = command.offset + 1;
			command.shiftsCaret = false;
		} else if (c == '"' && !insideWord(document, command.offset)) {
			closeWith(command, "\"");
		} else if (c == '{') {
			closeWith(command, "}");
		} else if (c == '(') {
			closeWith(command, ")");
		} else if (c == '}') {
			outdentClosingBrace(document, command);
		}
	}

	private static boolean insideWord(IDocument document, int offset) throws BadLocationException {
		char before = offset > 0 ? document.getChar(offset - 1) : ' ';
		return Character.isLetterOrDigit(before) || before == '"';
	}

	private static void closeWith(DocumentCommand command, String closer) {
		command.text = command.text + closer;
		command.caretOffset = command.offset + 1;
		command.shiftsCaret = false;
	}

	private static void newLine(IDocument document, DocumentCommand command) throws BadLocationException {
		String indent = indentOf(document, command.offset);
		char before = command.offset > 0 ? document.getChar(command.offset - 1) : 0;
		char after = command.offset < document.getLength() ? document.getChar(command.offset) : 0;
		if (before == '{') {
			String inner = command.text + indent + EditorPreferences.indentUnit();
			if (after == '}') {
				command.text = inner + command.text + indent;
				command.caretOffset = command.offset + inner.length();
				command.shiftsCaret = false;
			} else {
				command.text = inner;
			}
		} else {
			command.text = command.text + indent;
		}
	}

	private static void outdentClosingBrace(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String beforeCaret = document.get(line.getOffset(), command.offset - line.getOffset());
		if (!beforeCaret.isBlank() || beforeCaret.isEmpty()) {
			return;
		}
		String unit = EditorPreferences.indentUnit();
		String outdented = beforeCaret.endsWith(unit) ? beforeCaret.substring(0, beforeCaret.length() - unit.length())
				: beforeCaret.substring(0, beforeCaret.length() - 1);
		command.offset = line.getOffset();
		command.length = beforeCaret.length();
		command.text = outdented + "}";
	}

	private static String indentOf(IDocument document, int offset) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(offset);
		String text = document.get(line.getOffset(), offset - line.getOffset());
		int end = 0;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(0, end);
	}
}
