package org.northstar.ui.editor;

import java.util.function.Supplier;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.URLHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.northstar.ui.lsp.DocumentSync;
import org.northstar.ui.preferences.EditorPreferences;

/** Wires the language's services into the platform's source viewer. */
final class NorthStarSourceViewerConfiguration extends TextSourceViewerConfiguration {

	private static final int AUTO_ACTIVATION_DELAY_MILLIS = 300;

	private final SyntaxStyles styles;
	private final Supplier<DocumentSync> sync;

	NorthStarSourceViewerConfiguration(IPreferenceStore store, SyntaxStyles styles, Supplier<DocumentSync> sync) {
		super(store);
		this.styles = styles;
		this.sync = sync;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		DefaultDamagerRepairer lexical = new DefaultDamagerRepairer(new NorthStarScanner(styles));
		reconciler.setDamager(lexical, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(lexical, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer viewer) {
		ContentAssistant assistant = new TimedContentAssistant();
		assistant.setContentAssistProcessor(new ServerCompletionProcessor(sync, assistant::setEmptyMessage),
				IDocument.DEFAULT_CONTENT_TYPE);
		assistant.setShowEmptyList(true); // Ctrl+Space always answers; typing shows proposals only when there are some
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(AUTO_ACTIVATION_DELAY_MILLIS);
		assistant.enableAutoInsert(false);
		assistant.setInformationControlCreator(getInformationControlCreator(viewer));
		assistant.setStatusLineVisible(false);
		return assistant;
	}

	/** Hovers, proposal documentation and fix descriptions are the server's Markdown: shown rendered. */
	@Override
	public IInformationControlCreator getInformationControlCreator(ISourceViewer viewer) {
		return MarkdownInformationControl.hoverCreator();
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer viewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new ServerQuickAssistProcessor(sync));
		assistant.setInformationControlCreator(getInformationControlCreator(viewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer viewer, String contentType) {
		return new ServerTextHover(sync);
	}

	@Override
	public IAutoEditStrategy[] getAutoEditStrategies(ISourceViewer viewer, String contentType) {
		return new IAutoEditStrategy[] { new BracesAndIndentStrategy() };
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer viewer) {
		return new IHyperlinkDetector[] { new DefinitionHyperlinkDetector(sync), new URLHyperlinkDetector() };
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer viewer, String contentType) {
		return new String[] { "//", "" };
	}

	@Override
	public String[] getIndentPrefixes(ISourceViewer viewer, String contentType) {
		return new String[] { EditorPreferences.indentUnit(), "\t", "" };
	}

	@Override
	public int getTabWidth(ISourceViewer viewer) {
		return EditorPreferences.store().getInt(EditorPreferences.FORMAT_TAB_SIZE);
	}

	@Override
	public IReconciler getReconciler(ISourceViewer viewer) {
		return null; // the server validates; the platform's spelling check knows no model words
	}
}
