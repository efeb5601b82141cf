package org.northstar.dsl.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.northstar.dsl.formatting2.DuplicatedClauses;

/**
 * Xtext's formatting for the editor, answering "nothing to change" where Xtext's formatter cannot
 * work: a file with a clause written twice (whose diagnostic already says so) or one that
 * overflows the formatter. The editor's Format used to answer "Internal error".
 */
public class GuardedFormattingService extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length, FormattingOptions options) {
		if (DuplicatedClauses.first(resource) != null) {
			return List.of();
		}
		try {
			return super.format(resource, document, offset, length, options);
		} catch (StackOverflowError e) {
			return List.of();
		}
	}
}
