package org.northstar.dsl.tests;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ExceptionAcceptor;
import org.northstar.testing.Workspace;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats .northstar text as the editor would, except that two formatter
 * rules fighting over the same whitespace fail the test instead of being
 * logged and ignored.
 */
public class Formatting {

	private static final String FILE = "formatted.northstar";

	@Inject
	private Provider<Workspace> workspaces;

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	public String format(String text) {
		XtextResource resource = parse(text);
		ITextRegionAccess regionAccess = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get().setTextRegionAccess(regionAccess)
				.setExceptionHandler(ExceptionAcceptor.THROWING);
		List<ITextReplacement> replacements = formatters.get().format(request);
		return regionAccess.getRewriter().renderToString(replacements);
	}

	/** One file on its own; its names that point into other files stay unresolved. */
	public XtextResource parse(String text) {
		return workspaces.get().file(FILE, text).load().resource(FILE);
	}
}
