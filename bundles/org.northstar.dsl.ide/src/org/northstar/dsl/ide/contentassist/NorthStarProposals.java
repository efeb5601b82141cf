package org.northstar.dsl.ide.contentassist;

import java.util.Collection;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.northstar.dsl.services.NorthStarGrammarAccess;

import com.google.inject.Inject;

/**
 * Xtext's proposals (keywords, enumeration values, names in scope) plus templates: where the
 * grammar expects a product, an input or a guardrail, a snippet of the whole element is offered
 * next to the bare keyword.
 */
public class NorthStarProposals extends IdeContentProposalProvider {

	@Inject
	private NorthStarGrammarAccess grammar;

	@Override
	public void createProposals(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor) {
		super.createProposals(contexts, acceptor);
		for (ContentAssistContext context : contexts) {
			if (expects(context, grammar.getProductAccess().getProductKeyword_0())) {
				template(context, "product", Templates.PRODUCT, "A product with its value, game and North Star", acceptor);
			}
			if (expects(context, grammar.getInputAccess().getInputKeyword_0())) {
				template(context, "input", Templates.INPUT, "An input metric with dimension, owner and relation", acceptor);
			}
			if (expects(context, grammar.getGuardrailAccess().getGuardrailKeyword_0())) {
				template(context, "guardrail", Templates.GUARDRAIL, "A guardrail with direction and threshold", acceptor);
			}
		}
	}

	private static boolean expects(ContentAssistContext context, Keyword keyword) {
		return context.getFirstSetGrammarElements().contains(keyword) && keyword.getValue().startsWith(context.getPrefix());
	}

	private void template(ContentAssistContext context, String keyword, String snippet, String description,
			IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = new ContentAssistEntry();
		entry.setPrefix(context.getPrefix());
		entry.setLabel(keyword + " (template)");
		entry.setProposal(snippet);
		entry.setDescription(description);
		entry.setKind(ContentAssistEntry.KIND_SNIPPET);
		acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
	}
}
