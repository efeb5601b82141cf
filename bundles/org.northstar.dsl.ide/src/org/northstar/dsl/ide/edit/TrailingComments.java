package org.northstar.dsl.ide.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;

/**
 * Xtext's change serializer, when it rewrites an element (a product that gets a new member), replaces
 * a region that ends after the comment on the element's last line ({@code } // why}) with text that
 * ends before it: the comment was lost. It is put back here, after the rewritten element. Found by
 * the diagram's round-trip property test.
 */
final class TrailingComments {

	private TrailingComments() {
	}

	/**
	 * {@code newText}, the replacement of {@code oldText} at {@code offset} of the text parsed into
	 * {@code root}, with the comments that ended the old region and are missing from it appended again.
	 */
	static String keep(ICompositeNode root, int offset, String oldText, String newText) {
		if (newText.isBlank()) {
			return newText; // the element is gone, and the comment on its line with it
		}
		int end = offset + oldText.length();
		int lastToken = -1;
		List<String> comments = new ArrayList<>();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.getOffset() < offset) {
				continue;
			}
			if (leaf.getEndOffset() > end) {
				break;
			}
			if (!leaf.isHidden()) {
				lastToken = leaf.getEndOffset();
				comments.clear();
			} else if (leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("_COMMENT")) {
				comments.add(leaf.getText());
			}
		}
		if (lastToken < 0 || comments.isEmpty() || comments.stream().allMatch(newText::contains)) {
			return newText;
		}
		return newText.stripTrailing() + oldText.substring(lastToken - offset);
	}
}
