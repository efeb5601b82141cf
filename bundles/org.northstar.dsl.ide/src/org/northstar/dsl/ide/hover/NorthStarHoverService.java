package org.northstar.dsl.ide.hover;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.northstar.core.rules.Rule;
import org.northstar.core.rules.RuleCatalog;

import com.google.inject.Inject;

/**
 * Hovers in Markdown: on a metric or a team (its name or a reference to it) what it is; on the
 * text of a finding the rule's title and why it matters, from the catalog, so the reason behind a
 * squiggle is one mouse move away.
 */
public class NorthStarHoverService extends HoverService {

	@Inject
	private ElementDescriptions descriptions;

	@Inject
	private IResourceValidator validator;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		int offset = document.getOffSet(params.getPosition());
		List<String> sections = new ArrayList<>();
		Range range = null;
		HoverContext context = createContext(document, resource, offset);
		if (context != null) {
			String description = descriptions.describe(context.getElement());
			if (description != null) {
				sections.add(description);
				range = getRange(context);
			}
		}
		for (Rule rule : rulesFoundAt(resource, offset, cancelIndicator)) {
			sections.add("**" + rule.title() + "** (`" + rule.id() + "`)\n\n" + rule.why());
		}
		if (sections.isEmpty()) {
			return EMPTY_HOVER;
		}
		return new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", sections)), range);
	}

	/** The rules whose findings cover the offset, each once, in the order of the findings. */
	private Set<Rule> rulesFoundAt(XtextResource resource, int offset, CancelIndicator cancelIndicator) {
		Set<Rule> rules = new LinkedHashSet<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, cancelIndicator)) {
			if (issue.getCode() != null && issue.getOffset() != null && issue.getOffset() <= offset
					&& offset <= issue.getOffset() + issue.getLength()) {
				RuleCatalog.byId(issue.getCode()).ifPresent(rules::add);
			}
		}
		return rules;
	}
}
