package org.northstar.dsl.ide.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.northstar.dsl.ide.edit.ModelEdits.TextEdit;
import org.northstar.model.Input;
import org.northstar.model.Product;

/**
 * Moves an input as a person cuts and pastes its lines: they leave their place (as a delete takes
 * them) and go, re-indented for their new depth, to the end of the new parent input's block or after
 * the product's last input. Every other byte stays. The change serializer wrote the old and the new
 * parent anew instead and lost the comments inside them (found by SerializerFuzz: the only sub-input
 * moved out of {@code input Drafts { // a comment} took the comment with it).
 */
final class InputMoves {

	private InputMoves() {
	}

	/**
	 * The edits of {@code text} (parsed into the model of {@code input}) that hang {@code input} under
	 * {@code target}; none when it hangs there already. The model is changed as {@link TreeEdits#move} changes it.
	 *
	 * @throws IllegalArgumentException when the input cannot go there
	 */
	static List<TextEdit> move(String text, Input input, EObject target) {
		EObject oldParent = input.eContainer();
		TreeEdits.move(input, target);
		if (input.eContainer() == oldParent && oldParent instanceof Product) {
			return List.of();
		}
		String lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
		TextEdit removal = withCommentEndingItsLine(text, ClauseEdits.removeElement(text, input));
		INode node = NodeModelUtils.findActualNodeFor(input);
		String lines = linesOf(text, removal, node.getOffset(), insideTokens(node.getRootNode(), removal));
		TextEdit insertion = input.eContainer() instanceof Input parent ? LinePlacement.intoBlock(text, parent, lines, lineEnd)
				: LinePlacement.afterPreviousMember(text, input, lines, lineEnd);
		return merged(removal, insertion);
	}

	/** The removal of lines of their own, and the comment that ends the last ({@code input B // why}): the comment goes along. */
	private static TextEdit withCommentEndingItsLine(String text, TextEdit removal) {
		int start = removal.offset();
		int end = start + removal.length();
		int lineBreak = text.indexOf('\n', end);
		if (lineBreak < 0 || !text.substring(LinePlacement.lineStart(text, start), start).isBlank() || !text.substring(end, lineBreak).strip().startsWith("//")) {
			return removal;
		}
		return new TextEdit(LinePlacement.lineStart(text, start), lineBreak + 1 - LinePlacement.lineStart(text, start), "");
	}

	/**
	 * The starts of the lines in the removed text that are inside a token (a block comment or a string
	 * over several lines): their blanks belong to the comment or the value and stay as they are (found
	 * by SerializerFuzz: a moved block comment came out re-indented).
	 */
	private static Set<Integer> insideTokens(INode root, TextEdit removal) {
		Set<Integer> starts = new HashSet<>();
		int end = removal.offset() + removal.length();
		for (ILeafNode leaf : root.getLeafNodes()) {
			boolean whiteSpace = leaf.isHidden() && !(leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("_COMMENT"));
			if (whiteSpace || leaf.getEndOffset() <= removal.offset() || leaf.getOffset() >= end) {
				continue;
			}
			String token = leaf.getText();
			for (int at = token.indexOf('\n'); at >= 0 && at + 1 < token.length(); at = token.indexOf('\n', at + 1)) {
				starts.add(leaf.getOffset() + at + 1);
			}
		}
		return starts;
	}

	/**
	 * The input's lines as a delete takes them, without the indentation of its old depth and the last
	 * line end; a line inside a token is marked with a leading {@link LinePlacement#VERBATIM} and left as it is.
	 */
	private static String linesOf(String text, TextEdit removal, int nodeOffset, Set<Integer> insideTokens) {
		String removed = text.substring(removal.offset(), removal.offset() + removal.length());
		if (removed.endsWith("\n")) {
			removed = removed.substring(0, removed.length() - 1);
		}
		if (removed.endsWith("\r")) {
			removed = removed.substring(0, removed.length() - 1);
		}
		int depth = nodeOffset - LinePlacement.lineStart(text, nodeOffset);
		String[] lines = removed.split("\n", -1);
		StringBuilder dedented = new StringBuilder();
		int lineOffset = removal.offset();
		for (int i = 0; i < lines.length; i++) {
			boolean verbatim = i > 0 && insideTokens.contains(lineOffset);
			lineOffset += lines[i].length() + 1;
			if (verbatim) {
				dedented.append('\n').append(LinePlacement.VERBATIM).append(lines[i]);
				continue;
			}
			String line = i == 0 ? lines[i].strip() : lines[i];
			int blanks = 0;
			while (blanks < Math.min(depth, line.length()) && (line.charAt(blanks) == ' ' || line.charAt(blanks) == '\t')) {
				blanks++;
			}
			dedented.append(i == 0 ? "" : "\n").append(line.substring(blanks));
		}
		return dedented.toString();
	}

	/** The removal and the insertion as edits of the old text; as one when they meet (the input stays next to where it was). */
	private static List<TextEdit> merged(TextEdit removal, TextEdit insertion) {
		List<TextEdit> both = new ArrayList<>(List.of(removal, insertion));
		both.sort(Comparator.comparingInt(TextEdit::offset));
		TextEdit first = both.get(0);
		TextEdit second = both.get(1);
		if (first.offset() + first.length() < second.offset()) {
			return both;
		}
		if (first.offset() + first.length() > second.offset()) {
			throw new IllegalStateException("The input cannot be moved there in the text; move it in the source editor.");
		}
		return List.of(new TextEdit(first.offset(), first.length() + second.length(), first.text() + second.text()));
	}
}
