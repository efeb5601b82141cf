package org.northstar.dsl.formatting2;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.ILineRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;

/**
 * Leaves a comment's text alone (Xtext's own replacers re-space {@code //x}
 * and re-prefix the lines of a block comment) and keeps it where it was: a
 * comment that started a line still does, one that trailed code still trails
 * it, one space after the code.
 * <p>
 * Extends Xtext's internal {@link CommentReplacer} because Xtext's hidden
 * region replacer only treats that type as a comment when it lays out the
 * whitespace around it.
 */
@SuppressWarnings("restriction")
class VerbatimCommentReplacer extends CommentReplacer {

	VerbatimCommentReplacer(IComment comment) {
		super(comment);
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		return context;
	}

	@Override
	public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
		if (leading.getRegion().getOffset() > 0) {
			IHiddenRegionFormatting before = leading.getFormatting();
			if (startsLine()) {
				before.setNewLinesMin(Math.max(1, orZero(before.getNewLineMin())));
				before.setNewLinesMax(Math.max(1, orZero(before.getNewLineMax())));
			} else {
				before.setSpace(" ");
				before.setNewLinesMin(0);
				before.setNewLinesMax(0);
			}
		}
		boolean blockComment = getComment().getText().startsWith("/*");
		if (blockComment && trailing.getRegion().isMultiline()) {
			IHiddenRegionFormatting after = trailing.getFormatting();
			after.setNewLinesMin(Math.max(1, orZero(after.getNewLineMin())));
			after.setNewLinesMax(Math.max(1, orZero(after.getNewLineMax())));
		} else if (blockComment && trailing.getFormatting().getSpace() == null) {
			trailing.getFormatting().setSpace(" ");
		}
	}

	/** Only blanks between the start of the comment's line and the comment. */
	private boolean startsLine() {
		IComment comment = getComment();
		ITextRegionAccess access = comment.getTextRegionAccess();
		ILineRegion line = access.regionForLineAtOffset(comment.getOffset());
		return access.textForOffset(line.getOffset(), comment.getOffset() - line.getOffset()).isBlank();
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}
}
