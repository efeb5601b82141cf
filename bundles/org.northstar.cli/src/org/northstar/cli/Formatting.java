package org.northstar.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
import org.northstar.dsl.formatting2.DuplicatedClauses;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a parsed file with the language's formatter and proves that only
 * layout changed: parsed again, the formatted text has the same tokens and
 * comments in the same order (a line joined onto a // comment would not), or
 * nothing is written. A file with a clause written twice is refused with its
 * position (see {@link DuplicatedClauses}).
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

	/** Formatting refused for a reason in the file, at a place the user can go to. */
	static final class RefusedException extends Exception {

		private static final long serialVersionUID = 1L;

		private final int line;
		private final int column;

		RefusedException(String message, int line, int column) {
			super(message);
			this.line = line;
			this.column = column;
		}

		int line() {
			return line;
		}

		int column() {
			return column;
		}
	}

	/**
	 * The formatted text of the file. A file whose lines all end in a lone CR (old Mac editors) is
	 * formatted as LF text and given its CRs back: Xtext's formatter finds lines by LF only, and
	 * would take a comment on its own line for one trailing code. The resource is reparsed then.
	 */
	String format(XtextResource resource) throws RefusedException {
		String text = resource.getParseResult().getRootNode().getText();
		boolean loneCarriageReturns = text.indexOf('\r') >= 0 && text.indexOf('\n') < 0;
		if (loneCarriageReturns) {
			try {
				resource.reparse(text.replace('\r', '\n'));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		String formatted = formatLineFeedText(resource);
		return loneCarriageReturns ? formatted.replace('\n', '\r') : formatted;
	}

	private String formatLineFeedText(XtextResource resource) throws RefusedException {
		DuplicatedClauses.Clause duplicated = DuplicatedClauses.first(resource);
		if (duplicated != null) {
			throw new RefusedException(duplicated.message(), duplicated.line(), duplicated.column());
		}
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
			throw new RefusedException("the formatter would change more than the layout here, so the file was left as it is."
					+ " Please report it with this file.", 1, 1);
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
