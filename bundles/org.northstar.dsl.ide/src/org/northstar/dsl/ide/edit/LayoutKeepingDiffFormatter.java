package org.northstar.dsl.ide.edit;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccessDiff;
import org.eclipse.xtext.ide.serializer.impl.RegionDiffFormatter;

/**
 * Formats only the white space that a model change created. The change
 * serializer rewrites the whole container of a changed list and would format
 * all of it, reflowing the analyst's own alignment around the change; the
 * white space it copied from the file is the analyst's and stays as written.
 */
public class LayoutKeepingDiffFormatter extends RegionDiffFormatter {

	@Override
	protected FormatterRequest createFormatterRequest(ITextRegionAccessDiff regions) {
		return super.createFormatterRequest(regions).setFormatUndefinedHiddenRegionsOnly(true);
	}
}
