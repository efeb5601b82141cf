package org.northstar.ui.editor.tests.roundtrip;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.northstar.dsl.ide.edit.ModelSnapshot;

/** The comments of a parsed text, as the parser's hidden tokens (so "//" inside a string is no comment). */
record Comments(List<Comment> all) {

	/** One comment token: its text byte for byte, and where it stood. */
	record Comment(String text, int offset) {
	}

	static Comments of(ModelSnapshot snapshot) {
		List<Comment> comments = new ArrayList<>();
		for (ILeafNode leaf : snapshot.resource().getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("_COMMENT")) {
				comments.add(new Comment(leaf.getText(), leaf.getOffset()));
			}
		}
		return new Comments(comments);
	}

	/** The comments that stand outside every one of the given ranges (offset pairs, end exclusive). */
	Comments outside(List<int[]> ranges) {
		return new Comments(all.stream().filter(c -> ranges.stream()
				.noneMatch(r -> c.offset() >= r[0] && c.offset() + c.text().length() <= r[1])).toList());
	}

	/** The comments of this set that {@code after} no longer has as often, byte for byte. */
	List<String> missingFrom(Comments after) {
		Map<String, Integer> left = new HashMap<>();
		after.all.forEach(c -> left.merge(c.text(), 1, Integer::sum));
		List<String> missing = new ArrayList<>();
		for (Comment comment : all) {
			int count = left.getOrDefault(comment.text(), 0);
			if (count == 0) {
				missing.add(comment.text());
			} else {
				left.put(comment.text(), count - 1);
			}
		}
		return missing;
	}
}
