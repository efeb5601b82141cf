package org.northstar.cli;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a parsed file with the language's formatter and proves that only
 * layout changed: parsed again, the formatted text has the same tokens and
 * comments in the same order (a line joined onto a // comment would not), or
 * nothing is written.
 */
final class Formatting {

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private IFormatter2 formatter;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private IParser parser;

	String format(XtextResource resource) {
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regionAccess.get().forNodeModel(resource).create());
		List<ITextReplacement> replacements = new ArrayList<>(formatter.format(request));
		replacements.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
		String original = resource.getParseResult().getRootNode().getText();
		StringBuilder text = new StringBuilder(original);
		for (ITextReplacement r : replacements) {
			text.replace(r.getOffset(), r.getEndOffset(), r.getReplacementText());
		}
		String formatted = text.toString();
		if (!tokens(resource.getParseResult().getRootNode()).equals(tokens(parser.parse(new StringReader(formatted)).getRootNode()))) {
			throw new IllegalStateException("the formatter would change more than layout in " + resource.getURI()
					+ "; the file was left as it is");
		}
		return formatted;
	}

	/** Every token that is not white space, comments included, stripped of surrounding white space. */
	private static List<String> tokens(INode root) {
		List<String> tokens = new ArrayList<>();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.getText().isBlank()) {
				tokens.add(leaf.getText().strip());
			}
		}
		return tokens;
	}
}
