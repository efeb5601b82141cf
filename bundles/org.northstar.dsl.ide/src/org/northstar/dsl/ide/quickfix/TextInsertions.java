package org.northstar.dsl.ide.quickfix;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Text edits that add lines to an element's body or above it, indented like their neighbours.
 * Quick fixes add text rather than re-serialising the model, so every byte the user wrote stays.
 */
final class TextInsertions {

	static final String INDENT = "    ";

	private TextInsertions() {
	}

	/**
	 * Adds lines as the last thing in the element's body: above its closing brace when that stands
	 * on its own line, otherwise in a new multi-line body (a body is made when there is none).
	 */
	static TextEdit intoBody(EObject element, Document document, List<String> lines) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		String indent = indentOfLine(document, node.getOffset());
		String body = lines.stream().map(line -> indent + INDENT + line).collect(Collectors.joining("\n"));
		ILeafNode close = closingBrace(node);
		if (close == null) {
			return insert(document, node.getEndOffset(), " {\n" + body + "\n" + indent + "}");
		}
		int lineStart = lineStart(document, close.getOffset());
		if (document.getContents().substring(lineStart, close.getOffset()).isBlank()) {
			return insert(document, lineStart, body + "\n");
		}
		return insert(document, close.getOffset(), "\n" + body + "\n" + indent);
	}

	/** Adds one line above the element's first line, indented as that line is. */
	static TextEdit lineAbove(EObject element, Document document, String line) {
		int start = lineStart(document, NodeModelUtils.getNode(element).getOffset());
		return insert(document, start, indentOfLine(document, start) + line + "\n");
	}

	/** Adds lines (and an empty line after them) above the element. */
	static TextEdit blockAbove(EObject element, Document document, List<String> lines) {
		int start = lineStart(document, NodeModelUtils.getNode(element).getOffset());
		String indent = indentOfLine(document, start);
		return insert(document, start, lines.stream().map(line -> indent + line + "\n").collect(Collectors.joining()) + "\n");
	}

	static TextEdit insert(Document document, int offset, String text) {
		Position at = document.getPosition(offset);
		return new TextEdit(new Range(at, at), text);
	}

	/** The element's own closing brace: a direct child, not one of a nested element's. */
	private static ILeafNode closingBrace(ICompositeNode node) {
		ILeafNode close = null;
		for (INode child : node.getChildren()) {
			if (child instanceof ILeafNode leaf && "}".equals(leaf.getText())) {
				close = leaf;
			}
		}
		return close;
	}

	private static int lineStart(Document document, int offset) {
		return document.getContents().lastIndexOf('\n', offset - 1) + 1;
	}

	private static String indentOfLine(Document document, int offset) {
		String text = document.getContents();
		int start = lineStart(document, offset);
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}
}
