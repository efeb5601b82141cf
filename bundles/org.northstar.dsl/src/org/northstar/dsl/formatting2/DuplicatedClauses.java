package org.northstar.dsl.formatting2;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Finds what Xtext's formatter cannot lay out: a clause that takes one value written twice
 * ({@code formula} or {@code data}, an ordinary slip). The second value replaces the first in the
 * model, and the first is left in the text without a place in the model, where Xtext's formatter
 * failed with a NullPointerException. Formatting such a file waits until one of them is removed
 * (validation reports it as {@code duplicate-clause}).
 */
public final class DuplicatedClauses {

	/** The first clause whose value lost its place in the model. */
	public record Clause(String keyword, int line, int column) {

		/** What the user reads: where, what, and what to do. */
		public String message() {
			return "'" + keyword + "' is given more than once here; remove one, then format again.";
		}
	}

	private DuplicatedClauses() {
	}

	/** The last token before the node: the clause's keyword. */
	private static ILeafNode keywordBefore(INode node) {
		for (INode n = node; n != null; n = n.getParent()) {
			for (INode sibling = n.getPreviousSibling(); sibling != null; sibling = sibling.getPreviousSibling()) {
				ILeafNode last = null;
				for (ILeafNode leaf : sibling.getLeafNodes()) {
					if (!leaf.isHidden()) {
						last = leaf;
					}
				}
				if (last != null) {
					return last;
				}
			}
		}
		return null;
	}

	/** The first such clause of the parsed file, or null. */
	public static Clause first(XtextResource resource) {
		if (resource.getParseResult() == null) {
			return null;
		}
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (node.hasDirectSemanticElement() && node.getSemanticElement() != null
					&& node.getSemanticElement().eResource() != resource) {
				return clause(node);
			}
		}
		return null;
	}

	private static Clause clause(INode value) {
		ILeafNode keyword = keywordBefore(value);
		INode at = keyword != null ? keyword : value;
		String text = keyword != null ? keyword.getText() : value.getSemanticElement().eClass().getName();
		LineAndColumn position = NodeModelUtils.getLineAndColumn(at, at.getOffset());
		return new Clause(text, position.getLine(), position.getColumn());
	}
}
