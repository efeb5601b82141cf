package org.northstar.dsl.ide.edit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.northstar.dsl.ide.edit.ModelEdits.TextEdit;

/**
 * Where the lines of an element go when a tree edit writes them as a person would: after the line of
 * the member before it, at the end of a block, at the end of the file. Only text is inserted; every
 * line already there keeps its bytes. Shared by moved inputs ({@link InputMoves}) and new elements
 * ({@link ElementInsertions}).
 */
final class LinePlacement {

	/** One level of the canonical layout, as the formatter writes it. */
	static final String INDENT = "    ";

	/** Marks a line to keep as it is; a parsed text has no NUL (such a text is refused as binary). */
	static final String VERBATIM = "\0";

	private LinePlacement() {
	}

	/** Before the closing brace of {@code parent}'s block, or in a block written for it. */
	static TextEdit intoBlock(String text, EObject parent, String lines, String lineEnd) {
		INode node = NodeModelUtils.findActualNodeFor(parent);
		String indent = indentationOf(text, node.getOffset());
		ILeafNode last = lastToken(node);
		if (last == null || !"}".equals(last.getText())) {
			return new TextEdit(node.getEndOffset(), 0,
					" {" + lineEnd + indented(lines, indent + INDENT, lineEnd) + lineEnd + indent + "}");
		}
		int brace = last.getOffset();
		int blanks = blanksBefore(text, brace);
		if (brace - blanks == lineStart(text, brace)) {
			return new TextEdit(brace - blanks, 0, indented(lines, indent + INDENT, lineEnd) + lineEnd);
		}
		return new TextEdit(brace - blanks, blanks, lineEnd + indented(lines, indent + INDENT, lineEnd) + lineEnd + indent);
	}

	/**
	 * After the member the model now has before {@code member} (its line and the comment ending it), or
	 * after the container's opening brace when it is the first; in the block when it is the only one.
	 */
	static TextEdit afterPreviousMember(String text, EObject member, String lines, String lineEnd) {
		EObject container = member.eContainer();
		List<?> members = (List<?>) container.eGet(member.eContainmentFeature());
		int index = members.indexOf(member);
		if (index == 0 && members.size() == 1) {
			return intoBlock(text, container, lines, lineEnd);
		}
		int anchor;
		String indent;
		if (index > 0) {
			INode previous = NodeModelUtils.findActualNodeFor((EObject) members.get(index - 1));
			anchor = previous.getEndOffset();
			indent = indentationOf(text, previous.getOffset());
		} else {
			INode node = NodeModelUtils.findActualNodeFor(container);
			anchor = firstToken(node, "{").getEndOffset();
			indent = indentationOf(text, node.getOffset()) + INDENT;
		}
		return afterLineOf(text, anchor, indented(lines, indent, lineEnd), lineEnd);
	}

	/**
	 * {@code lines} (indented already) on lines of their own after the line {@code anchor} is on: after
	 * its line break when only blanks and a line comment follow the anchor there, else right after the
	 * anchor, so that what follows on the line goes on after them (a blank apart, when it was glued to
	 * the anchor: {@code }kpi}).
	 */
	static TextEdit afterLineOf(String text, int anchor, String lines, String lineEnd) {
		int at = anchor;
		while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
			at++;
		}
		if (text.startsWith("//", at)) {
			while (at < text.length() && !isLineBreak(text.charAt(at))) {
				at++;
			}
		}
		if (at == text.length()) {
			return atEnd(text, lines, lineEnd);
		}
		if (!isLineBreak(text.charAt(at))) {
			return new TextEdit(anchor, 0, lineEnd + lines + (at == anchor ? " " : ""));
		}
		int next = text.startsWith("\r\n", at) ? at + 2 : at + 1;
		return new TextEdit(next, 0, lines + lineEnd);
	}

	/** {@code lines} at the end of the text, on lines of their own; the text ends with a line break if it did. */
	static TextEdit atEnd(String text, String lines, String lineEnd) {
		boolean lineEnded = !text.isEmpty() && isLineBreak(text.charAt(text.length() - 1));
		return new TextEdit(text.length(), 0, lineEnded ? lines + lineEnd : lineEnd + lines);
	}

	/** Each line of {@code lines} after {@code indent}; a blank line stays empty, a line marked {@link #VERBATIM} as it is. */
	static String indented(String lines, String indent, String lineEnd) {
		StringBuilder out = new StringBuilder();
		boolean first = true;
		for (String line : lines.split("\n", -1)) {
			String bare = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
			out.append(first ? "" : lineEnd);
			first = false;
			if (bare.startsWith(VERBATIM)) {
				out.append(bare, 1, bare.length());
			} else {
				out.append(bare.isBlank() ? "" : indent + bare);
			}
		}
		return out.toString();
	}

	/** The blanks that start the line of {@code offset}, up to it. */
	static String indentationOf(String text, int offset) {
		int start = lineStart(text, offset);
		int end = start;
		while (end < offset && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	/** Where the line of {@code offset} starts; a lone CR ends a line too (old Mac files). */
	static int lineStart(String text, int offset) {
		return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
	}

	private static boolean isLineBreak(char c) {
		return c == '\n' || c == '\r';
	}

	private static int blanksBefore(String text, int offset) {
		int blanks = 0;
		while (offset - blanks > 0 && (text.charAt(offset - blanks - 1) == ' ' || text.charAt(offset - blanks - 1) == '\t')) {
			blanks++;
		}
		return blanks;
	}

	private static ILeafNode lastToken(INode node) {
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				last = leaf;
			}
		}
		return last;
	}

	private static ILeafNode firstToken(INode node, String text) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && text.equals(leaf.getText())) {
				return leaf;
			}
		}
		throw new IllegalStateException("No '" + text + "' in " + node.getText());
	}
}
