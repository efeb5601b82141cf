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
			} else if (isComment(leaf)) {
				comments.add(leaf.getText());
			}
		}
		if (lastToken < 0 || comments.isEmpty() || comments.stream().allMatch(newText::contains)) {
			return newText;
		}
		return newText.stripTrailing() + oldText.substring(lastToken - offset);
	}

	/**
	 * How many characters before {@code offset} the replacement {@code newText} writes again: the change
	 * serializer may start its region after a comment ending the line before ({@code team T // why}) and
	 * still write that comment at the start of its text, which doubled it (found while writing
	 * SerializerFuzz's byte order mark test). The region is then widened by them, so that they are
	 * replaced by themselves.
	 */
	static int writtenAgain(ICompositeNode root, int offset, String newText) {
		String text = root.getText();
		List<ILeafNode> hidden = hiddenBefore(root, offset); // the line break before the comment may be written again too
		if (hidden.stream().noneMatch(TrailingComments::isComment)) {
			return 0;
		}
		for (ILeafNode leaf : hidden) {
			if (newText.startsWith(text.substring(leaf.getOffset(), offset))) {
				return offset - leaf.getOffset();
			}
		}
		return 0;
	}

	/**
	 * How many characters at the start of {@code newText} are the comments right before
	 * {@code offset} written again in the serializer's own way: two comments split by a lone CR came
	 * back joined by a space, so {@link #writtenAgain} did not recognise them and they were doubled
	 * (found by SerializerFuzz). The comments stay as the user wrote them and the copy is dropped.
	 */
	static int rewrittenBefore(ICompositeNode root, int offset, String newText) {
		List<String> comments = hiddenBefore(root, offset).stream().filter(TrailingComments::isComment)
				.map(leaf -> leaf.getText().stripTrailing()).toList();
		if (comments.isEmpty()) {
			return 0;
		}
		int at = 0;
		for (String comment : comments) {
			while (at < newText.length() && Character.isWhitespace(newText.charAt(at))) {
				at++;
			}
			if (!newText.startsWith(comment, at)) {
				return 0;
			}
			at += comment.length();
		}
		if (newText.startsWith("\r\n", at)) {
			return at + 2;
		}
		return at < newText.length() && (newText.charAt(at) == '\n' || newText.charAt(at) == '\r') ? at + 1 : at;
	}

	/**
	 * How many characters after the region's {@code end} its {@code newText} writes again: a comment
	 * right after the region (glued to a team's name, {@code team Solo// why}) that the serializer also
	 * writes inside it, while the comment stays where it was (found by SerializerFuzz). The region is
	 * then widened over it.
	 */
	static int writtenAgainAfter(ICompositeNode root, int end, String newText) {
		int widened = 0;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.getEndOffset() <= end) {
				continue;
			}
			if (leaf.getOffset() < end || !leaf.isHidden()) {
				break;
			}
			if (isComment(leaf) && newText.contains(leaf.getText())) {
				widened = leaf.getEndOffset() - end;
			}
		}
		return widened;
	}

	/** A replacement of {@code replaced} at {@code offset} of the old text by {@code newText}. */
	record Region(int offset, String replaced, String newText) {
	}

	/**
	 * The replacement made safe for a {@code //} comment on the file's last line without a line end,
	 * which the change serializer mishandles: it writes a new element right after it (a product added
	 * to {@code ... // owns nothing} became part of the comment), or writes it again inside an element
	 * it rewrites, followed by the element's next words ({@code team lo //u {}), while the comment
	 * also stays where it was (both found by SerializerFuzz). The region then takes the comment in,
	 * and a line break follows the comment wherever the new text goes on after it.
	 */
	static Region unterminatedLastComment(ICompositeNode root, Region region) {
		ILeafNode last = null;
		for (ILeafNode leaf : root.getLeafNodes()) {
			last = leaf.getLength() > 0 ? leaf : last;
		}
		if (last == null || !isComment(last) || !last.getText().startsWith("//") || last.getText().endsWith("\n")
				|| last.getText().endsWith("\r")) {
			return region;
		}
		String text = root.getText();
		String comment = last.getText();
		int end = region.offset() + region.replaced().length();
		String replaced = region.replaced();
		if (end <= last.getOffset() && region.newText().contains(comment) && text.substring(end, last.getOffset()).isBlank()) {
			replaced = text.substring(region.offset(), last.getEndOffset());
		}
		String newText = region.newText();
		if (region.offset() == last.getEndOffset() && !newText.isEmpty() && !newText.startsWith("\n") && !newText.startsWith("\r")) {
			newText = "\n" + newText;
		}
		StringBuilder broken = new StringBuilder(newText);
		for (int at = broken.indexOf(comment); at >= 0; at = broken.indexOf(comment, at + comment.length())) {
			int after = at + comment.length();
			if (after < broken.length() && broken.charAt(after) != '\n' && broken.charAt(after) != '\r') {
				broken.insert(after, '\n');
			}
		}
		return new Region(region.offset(), replaced, broken.toString());
	}

	/** The hidden leaves (whitespace, comments) that end at or before {@code offset} after its last token. */
	private static List<ILeafNode> hiddenBefore(ICompositeNode root, int offset) {
		List<ILeafNode> hidden = new ArrayList<>();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.getEndOffset() > offset) {
				break;
			}
			if (leaf.isHidden()) {
				hidden.add(leaf);
			} else {
				hidden.clear();
			}
		}
		return hidden;
	}

	private static boolean isComment(ILeafNode leaf) {
		return leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("_COMMENT");
	}
}
