package org.northstar.dsl.formatting2;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * Counts the line break that ends a // comment as one of the line breaks of
 * the whitespace after it. Xtext counts only the whitespace's own, so that a
 * blank line after a // comment looked like no blank line and was removed.
 */
@SuppressWarnings("restriction")
class WhitespaceAfterCommentReplacer extends WhitespaceReplacer {

	WhitespaceAfterCommentReplacer(ITextSegment whitespace, IHiddenRegionFormatting formatting) {
		super(whitespace, formatting);
	}

	@Override
	protected int computeNewLineCount(ITextReplacerContext context) {
		IHiddenRegionFormatting formatting = getFormatting();
		boolean undefined = getRegion() instanceof IHiddenRegion hidden && hidden.isUndefined();
		boolean lineBreaksUnset = formatting.getNewLineMin() == null && formatting.getNewLineDefault() == null
				&& formatting.getNewLineMax() == null;
		if (undefined || lineBreaksUnset || trailingNewLinesOfPreviousRegion() == 0) {
			return super.computeNewLineCount(context);
		}
		int lineBreaks = getRegion().getLineCount() - 1 + trailingNewLinesOfPreviousRegion();
		if (formatting.getNewLineMin() != null) {
			lineBreaks = Math.max(lineBreaks, formatting.getNewLineMin());
		}
		if (formatting.getNewLineMax() != null) {
			lineBreaks = Math.min(lineBreaks, formatting.getNewLineMax());
		}
		return lineBreaks;
	}
}
