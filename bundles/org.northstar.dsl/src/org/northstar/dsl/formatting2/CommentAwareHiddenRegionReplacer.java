package org.northstar.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;

/**
 * Lays out the whitespace of a gap that holds comments so that the comments
 * stay inside the body they were written in: a body's indentation starts at
 * the first whitespace of the gap after '{' and ends at the last one before
 * '}'. (Xtext moves both to the first line break, which puts a comment on the
 * last line of a body at the indentation of the closing brace.) Blank lines
 * around comments are kept as between any other lines.
 */
@SuppressWarnings("restriction")
class CommentAwareHiddenRegionReplacer extends HiddenRegionReplacer {

	CommentAwareHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		super(region, formatting);
	}

	@Override
	protected void applyIndentation(List<ITextReplacer> replacers, IHiddenRegionFormatting separator) {
		Integer increase = getFormatting().getIndentationIncrease();
		Integer decrease = getFormatting().getIndentationDecrease();
		if (increase != null) {
			whitespace(replacers.get(0)).setIndentationIncrease(increase);
		}
		if (decrease != null) {
			whitespace(replacers.get(replacers.size() - 1)).setIndentationDecrease(decrease);
		}
	}

	@Override
	protected void applyPriorityAndDefaultFormatting(List<ITextReplacer> replacers, IHiddenRegionFormatting separator) {
		super.applyPriorityAndDefaultFormatting(replacers, separator);
		Integer blankLinesAllowed = getFormatting().getNewLineMax();
		if (blankLinesAllowed != null && blankLinesAllowed > 1) {
			for (ITextReplacer replacer : replacers) {
				if (replacer instanceof WhitespaceReplacer whitespace && whitespace.getFormatting() != separator) {
					whitespace.getFormatting().setNewLinesMax(blankLinesAllowed);
				}
			}
		}
	}

	private static IHiddenRegionFormatting whitespace(ITextReplacer replacer) {
		return ((WhitespaceReplacer) replacer).getFormatting();
	}
}
