package org.northstar.dsl.ide.edit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.northstar.dsl.ide.edit.ModelEdits.TextEdit;

/**
 * Text edits that take words out of the text, computed from the node model: an element's whole
 * block, a clause's keyword and value. Removal is where the change serializer cannot help: it
 * would rewrite every reference to what is removed (and fails on the names it can no longer
 * resolve), while a person deleting text leaves the other lines alone and lets the validator
 * point at what now dangles.
 */
final class ClauseEdits {

	private ClauseEdits() {
	}

	/**
	 * Deletes the element's text, with the line it stood on when it had the line to itself, and the
	 * {@code // northstar:ignore} lines right above it, which would otherwise silence the next element.
	 */
	static TextEdit removeElement(String text, EObject element) {
		INode node = NodeModelUtils.findActualNodeFor(element);
		TextEdit edit = wholeLines(text, node.getOffset(), node.getEndOffset());
		int from = edit.offset();
		while (from > 0 && text.charAt(from - 1) == '\n') {
			int lineStart = text.lastIndexOf('\n', from - 2) + 1;
			if (!text.substring(lineStart, from).strip().startsWith("// northstar:ignore")) {
				break;
			}
			from = lineStart;
		}
		return new TextEdit(from, edit.offset() + edit.length() - from, "");
	}

	/** Deletes every clause of {@code feature}: each value with the keyword before it. */
	static List<TextEdit> removeClause(String text, EObject element, EStructuralFeature feature) {
		List<INode> values = NodeModelUtils.findNodesForFeature(element, feature);
		if (values.isEmpty()) {
			return List.of();
		}
		int start = keywordBefore(values.get(0));
		int end = values.get(values.size() - 1).getEndOffset();
		return List.of(wholeLines(text, start, end));
	}

	/** Replaces the values of a list clause ({@code owner A, B}) by new text, keeping the keyword. */
	static TextEdit replaceValues(EObject element, EStructuralFeature feature, String newValues) {
		List<INode> values = NodeModelUtils.findNodesForFeature(element, feature);
		int start = values.get(0).getOffset();
		int end = values.get(values.size() - 1).getEndOffset();
		return new TextEdit(start, end - start, newValues);
	}

	/** Whether all values of a list feature stand in one clause: then it can be rewritten in place. */
	static boolean inOneClause(EObject element, EStructuralFeature feature) {
		List<INode> values = NodeModelUtils.findNodesForFeature(element, feature);
		if (values.isEmpty()) {
			return false;
		}
		for (int i = 1; i < values.size(); i++) {
			ILeafNode separator = previousToken(values.get(i));
			if (separator == null || !",".equals(separator.getText())) {
				return false;
			}
		}
		return true;
	}

	/** The word that starts the clause of {@code value} ('dimension', 'data'), or the value's own text when no word does. */
	static String keywordOf(INode value) {
		ILeafNode keyword = previousToken(value);
		boolean isClauseKeyword = keyword != null && keyword.getGrammarElement() instanceof Keyword
				&& Character.isLetter(keyword.getText().charAt(0));
		return isClauseKeyword ? keyword.getText() : NodeModelUtils.getTokenText(value);
	}

	/**
	 * Where a clause starts: the word before its value ('unit', 'owner'), or the value itself when
	 * none stands there (a description follows the name; a target starts with its own keyword and
	 * follows a brace or another clause's value).
	 */
	private static int keywordBefore(INode value) {
		ILeafNode keyword = previousToken(value);
		boolean isClauseKeyword = keyword != null && keyword.getGrammarElement() instanceof Keyword
				&& Character.isLetter(keyword.getText().charAt(0));
		return isClauseKeyword ? keyword.getOffset() : value.getOffset();
	}

	/** The last token (not white space or comment) that ends before {@code node} starts. */
	private static ILeafNode previousToken(INode node) {
		ILeafNode previous = null;
		for (ILeafNode leaf : node.getRootNode().getLeafNodes()) {
			if (leaf.getEndOffset() > node.getOffset()) {
				break;
			}
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				previous = leaf;
			}
		}
		return previous;
	}

	/**
	 * Deletes [start, end) and the blanks before it; when nothing else stood on those lines, the
	 * whole lines go, so no empty line is left behind.
	 */
	private static TextEdit wholeLines(String text, int start, int end) {
		int from = start;
		while (from > 0 && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) {
			from--;
		}
		int to = end;
		while (to < text.length() && (text.charAt(to) == ' ' || text.charAt(to) == '\t')) {
			to++;
		}
		boolean startsLine = from == 0 || text.charAt(from - 1) == '\n';
		boolean endsLine = to == text.length() || text.charAt(to) == '\n' || text.charAt(to) == '\r';
		if (startsLine && endsLine) {
			if (to < text.length() && text.charAt(to) == '\r') {
				to++;
			}
			if (to < text.length() && text.charAt(to) == '\n') {
				to++;
			}
			return new TextEdit(from, to - from, "");
		}
		if (startsLine) {
			// the indentation stays for what follows on the line
			return new TextEdit(start, to - start, "");
		}
		if (to == end && !endsLine) {
			// something follows at once ('input A guardrail G{..}kpi K'): the space before keeps it apart
			return new TextEdit(start, end - start, "");
		}
		return new TextEdit(from, end - from, "");
	}
}
