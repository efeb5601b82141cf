package org.northstar.core.rules.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
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
		Leaves leaves = Leaves.of(node);
		int end = leaves.firstAtOrAfter(node.getOffset());
		int start = end;
		while (start > 0 && leaves.get(start - 1).isHidden()) {
			start--;
		}
		List<ILeafNode> comments = new ArrayList<>();
		boolean lineStart = start == 0;
		for (int i = start; i < end; i++) {
			ILeafNode leaf = leaves.get(i);
			if (leaf.getText().startsWith("//")) {
				if (lineStart) {
					comments.add(leaf);
				}
				lineStart = true; // a line comment ends its line
			} else if (leaf.getText().contains("\n") || leaf.getText().contains("\r")) {
				lineStart = true;
			}
		}
		return comments;
	}

	/**
	 * The leaves of a file in order, listed once per parse: looking up the comments above each
	 * finding from the start of the file made validation time grow with the square of its size.
	 * Kept in the resource's cache, which Xtext clears whenever the text changes.
	 */
	private record Leaves(List<ILeafNode> list, int[] offsets) {

		static Leaves of(ICompositeNode node) {
			ICompositeNode root = node.getRootNode();
			if (node.getSemanticElement() != null && node.getSemanticElement().eResource() instanceof XtextResource resource) {
				return resource.getCache().get(Leaves.class, resource, () -> index(root));
			}
			return index(root);
		}

		private static Leaves index(ICompositeNode root) {
			List<ILeafNode> list = new ArrayList<>();
			root.getLeafNodes().forEach(list::add);
			int[] offsets = new int[list.size()];
			for (int i = 0; i < offsets.length; i++) {
				offsets[i] = list.get(i).getTotalOffset();
			}
			return new Leaves(list, offsets);
		}

		ILeafNode get(int index) {
			return list.get(index);
		}

		/** The index of the first leaf that starts at or after the offset (the size if none). */
		int firstAtOrAfter(int offset) {
			int low = 0;
			int high = offsets.length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (offsets[middle] < offset) {
					low = middle + 1;
				} else {
					high = middle;
				}
			}
			return low;
		}
	}
}
