package org.northstar.core.rules.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.northstar.model.Expression;

/**
 * Ignore comments: {@code // northstar:ignore rule-id reason} on the line
 * directly above an element silences that rule for that element. Several such
 * lines may be stacked. A finding inside a formula belongs to the metric that
 * holds the formula, because a comment cannot stand above a formula term.
 * A comment that trails code on its line belongs to that code, not to the
 * element below it.
 */
final class Suppressions {

	private static final Pattern IGNORE = Pattern.compile("^//\\s*northstar:ignore\\s+([\\w-]+)");

	private Suppressions() {
	}

	static boolean silences(EObject element, String ruleId) {
		EObject statement = element;
		while (statement instanceof Expression && statement.eContainer() != null) {
			statement = statement.eContainer();
		}
		ICompositeNode node = NodeModelUtils.getNode(statement);
		if (node == null) {
			return false;
		}
		int expectedLine = node.getStartLine() - 1;
		List<ILeafNode> comments = commentLinesAbove(node);
		for (int i = comments.size() - 1; i >= 0 && comments.get(i).getStartLine() == expectedLine; i--, expectedLine--) {
			Matcher matcher = IGNORE.matcher(comments.get(i).getText().trim());
			if (matcher.find() && matcher.group(1).equals(ruleId)) {
				return true;
			}
		}
		return false;
	}

	/** The comments between the previous token and the element that each start their own line. */
	private static List<ILeafNode> commentLinesAbove(ICompositeNode node) {
		List<ILeafNode> comments = new ArrayList<>();
		boolean lineStart = true;
		for (ILeafNode leaf : node.getRootNode().getLeafNodes()) {
			if (leaf.getTotalOffset() >= node.getOffset()) {
				break;
			}
			if (!leaf.isHidden()) {
				comments.clear();
				lineStart = false;
			} else if (leaf.getText().startsWith("//")) {
				if (lineStart) {
					comments.add(leaf);
				}
				lineStart = true; // a line comment ends its line
			} else if (leaf.getText().contains("\n")) {
				lineStart = true;
			}
		}
		return comments;
	}
}
