package org.northstar.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.serializer.impl.RegionDiffFormatter;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.northstar.dsl.ide.contentassist.NorthStarProposals;
import org.northstar.dsl.ide.contentassist.ShortestNameProposals;
import org.northstar.dsl.ide.edit.LayoutKeepingDiffFormatter;
import org.northstar.dsl.ide.formatting.GuardedFormattingService;
import org.northstar.dsl.ide.highlighting.NorthStarHighlighting;
import org.northstar.dsl.ide.hover.NorthStarHoverService;
import org.northstar.dsl.ide.quickfix.FixesBeforeIgnoring;
import org.northstar.dsl.ide.quickfix.NorthStarQuickfixes;
import org.northstar.dsl.ide.symbols.NorthStarSymbolKinds;
import org.northstar.dsl.ide.symbols.NorthStarSymbolNames;

/**
 * Bindings of the editor services (language server, change serializer); only what differs from
 * Xtext's. Rename, references, definition, highlights, formatting and folding are Xtext's own.
 */
public class NorthStarIdeModule extends AbstractNorthStarIdeModule {

	public Class<? extends RegionDiffFormatter> bindRegionDiffFormatter() {
		return LayoutKeepingDiffFormatter.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return GuardedFormattingService.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return NorthStarProposals.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return ShortestNameProposals.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return NorthStarHoverService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return NorthStarQuickfixes.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return FixesBeforeIgnoring.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return NorthStarHighlighting.class;
	}

	public Class<? extends DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return NorthStarSymbolKinds.class;
	}

	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return NorthStarSymbolNames.class;
	}
}
