package org.northstar.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.ide.ResourceUtil;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.northstar.ui.lsp.DocumentSync;
import org.northstar.ui.lsp.DocumentUris;
import org.northstar.ui.lsp.Positions;
import org.northstar.ui.preferences.EditorPreferences;
import org.northstar.ui.rename.ServerRename;

/**
 * The .northstar source editor: the platform's text editor with the language's colours and the language
 * server's services. The editor owns the document's connection to the server; the rest is delegated.
 */
public class NorthStarEditor extends TextEditor {

	public static final String ID = "org.northstar.ui.editor.NorthStarEditor";
	public static final String SCOPE = "org.northstar.ui.editorScope";

	private static final int REFRESH_DELAY_MILLIS = 200;

	// assigned in initializeEditor(), which the super constructor calls: no initializers on these
	private Runnable refreshTask;
	private SyntaxStyles styles;
	private SemanticHighlighter semantic;
	private DocumentSync sync;
	private DiagnosticAnnotations diagnostics;
	private SymbolOutlinePage outline;
	private List<DocumentSymbol> symbols;
	private FoldingUpdater folding;
	private OccurrenceMarker occurrences;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setDocumentProvider(NorthStarDocumentProvider.shared()); // saves through a temporary file
		IPreferenceStore store = new ChainedPreferenceStore(
				new IPreferenceStore[] { EditorPreferences.store(), EditorsUI.getPreferenceStore() });
		setPreferenceStore(store);
		styles = new SyntaxStyles(store);
		semantic = new SemanticHighlighter(styles);
		symbols = List.of();
		folding = new FoldingUpdater();
		occurrences = new OccurrenceMarker();
		refreshTask = this::refreshFromServer;
		setSourceViewerConfiguration(new NorthStarSourceViewerConfiguration(store, styles, this::sync));
		setKeyBindingScopes(new String[] { SCOPE });
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int style) {
		ProjectionViewer viewer = new NorthStarViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(),
				style);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		ProjectionSupport projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		viewer.addTextPresentationListener(semantic);
		viewer.addPostSelectionChangedListener(event -> caretMoved());
		serverAnalysed();
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		super.configureSourceViewerDecorationSupport(support);
		support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '{', '}', '(', ')' }));
		support.setMatchingCharacterPainterPreferenceKeys(EditorPreferences.MATCHING_BRACKETS,
				EditorPreferences.MATCHING_BRACKETS_COLOR);
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		disconnectFromServer();
		TooLargeModels.refuse(ResourceUtil.getFile(input), getSite(), input == null ? null : input.getName());
		super.doSetInput(input);
		if (input != null) {
			connectToServer(input);
		}
	}

	private void connectToServer(IEditorInput input) {
		IFile file = ResourceUtil.getFile(input);
		if (file == null || file.getLocationURI() == null) {
			return; // not a workspace file: an editor with colours only
		}
		IDocument document = getDocumentProvider().getDocument(input);
		sync = DocumentSync.connect(file, document);
		diagnostics = new DiagnosticAnnotations(DocumentUris.key(sync.uri()), document,
				getDocumentProvider().getAnnotationModel(input), Display.getCurrent(), this::serverAnalysed);
	}

	private void disconnectFromServer() {
		if (diagnostics != null) {
			diagnostics.dispose();
			diagnostics = null;
		}
		if (sync != null) {
			sync.disconnect();
			sync = null;
		}
	}

	@Override
	public void dispose() {
		disconnectFromServer();
		super.dispose();
	}

	@Override
	protected void editorSaved() {
		super.editorSaved();
		if (sync != null) {
			sync.saved();
		}
	}

	/**
	 * The server has published diagnostics for a new version: what depends on its analysis follows, once
	 * per burst of publications (each refresh asks three questions, which would queue behind typing).
	 */
	private void serverAnalysed() {
		ISourceViewer viewer = getSourceViewer();
		if (viewer != null && !viewer.getTextWidget().isDisposed()) {
			viewer.getTextWidget().getDisplay().timerExec(REFRESH_DELAY_MILLIS, refreshTask);
		}
	}

	private void refreshFromServer() {
		DocumentSync document = sync;
		ISourceViewer viewer = getSourceViewer();
		if (document == null || viewer == null) {
			return;
		}
		if (viewer.getTextWidget().isDisposed()) {
			return;
		}
		Display display = viewer.getTextWidget().getDisplay();
		DocumentSymbols.fetch(document).thenAccept(list -> display.asyncExec(() -> showSymbols(list)))
				.exceptionally(cancelledByTyping -> null);
		ServerCapabilities capabilities = document.connection().capabilities();
		if (capabilities.getFoldingRangeProvider() != null) {
			document.connection()
					.request(server -> server.foldingRange(new FoldingRangeRequestParams(document.identifier())))
					.thenAccept(ranges -> display.asyncExec(() -> {
						if (getSourceViewer() instanceof ProjectionViewer projection && ranges != null) {
							folding.update(projection.getProjectionAnnotationModel(), document.document(), ranges);
						}
					})).exceptionally(cancelledByTyping -> null);
		}
		if (capabilities.getSemanticTokensProvider() != null) {
			document.connection()
					.request(server -> server.semanticTokensFull(new SemanticTokensParams(document.identifier())))
					.thenAccept(tokens -> display.asyncExec(() -> {
						semantic.setTokens(document.document(), capabilities.getSemanticTokensProvider(), tokens);
						if (getSourceViewer() != null && !getSourceViewer().getTextWidget().isDisposed()) {
							getSourceViewer().invalidateTextPresentation();
						}
					})).exceptionally(cancelledByTyping -> null);
		}
	}

	private void showSymbols(List<DocumentSymbol> list) {
		symbols = list;
		if (outline != null) {
			outline.setSymbols(list);
		}
	}

	private void caretMoved() {
		ISourceViewer viewer = getSourceViewer();
		if (viewer == null || sync == null) {
			return;
		}
		int offset = viewer.getSelectedRange().x;
		occurrences.caretMoved(sync, viewer.getDocument(), viewer.getAnnotationModel(), offset);
		if (outline != null) {
			outline.reveal(DocumentSymbols.deepestAt(symbols, Positions.position(viewer.getDocument(), offset)));
		}
	}

	/** Selects a symbol's name (from the outline or the quick outline). */
	void reveal(DocumentSymbol symbol) {
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		IRegion region = Positions.region(document,
				symbol.getSelectionRange() != null ? symbol.getSelectionRange() : symbol.getRange());
		selectAndReveal(region.getOffset(), region.getLength());
	}

	@Override
	protected boolean affectsTextPresentation(PropertyChangeEvent event) {
		return styles.isStyleKey(event.getProperty()) || super.affectsTextPresentation(event);
	}

	@Override
	protected void handlePreferenceStoreChanged(PropertyChangeEvent event) {
		if (styles.isStyleKey(event.getProperty())) {
			styles.refresh();
		}
		super.handlePreferenceStoreChanged(event);
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (IContentOutlinePage.class.equals(type)) {
			if (outline == null) {
				outline = new SymbolOutlinePage(this);
				outline.setSymbols(symbols);
			}
			return type.cast(outline);
		}
		return super.getAdapter(type);
	}

	/** Runs one of {@link EditorCommands} (for {@link EditorCommandHandler}). */
	void run(String commandId) {
		ISourceViewer viewer = getSourceViewer();
		int offset = viewer.getSelectedRange().x;
		switch (commandId) {
			case EditorCommands.OPEN_DEFINITION -> DefinitionHyperlinkDetector
					.definitions(sync, viewer.getDocument(), offset).stream().findFirst().ifPresent(Runnable::run);
			case EditorCommands.QUICK_OUTLINE -> new QuickOutlinePopup(getSite().getShell(), this, symbols).open();
			case EditorCommands.FIND_REFERENCES -> EditorActions.findReferences(this, sync, offset);
			case EditorCommands.FORMAT -> EditorActions.format(this, sync);
			case EditorCommands.TOGGLE_COMMENT -> toggleComment();
			case EditorCommands.RENAME -> ServerRename.start(getSite().getShell(), sync, viewer.getDocument(), offset);
			default -> throw new IllegalArgumentException("Not a command of the North Star editor: " + commandId);
		}
	}

	private void toggleComment() {
		try {
			CommentToggler.toggle(getSourceViewer().getDocument(),
					(ITextSelection) getSelectionProvider().getSelection());
		} catch (BadLocationException e) {
			MessageDialog.openInformation(getSite().getShell(), "Toggle Comment", "The selection changed meanwhile.");
		}
	}

	// what the editor knows of the server, for observers (tests wait on these before they act as a user)

	public DocumentSync sync() {
		return sync;
	}

	public List<DocumentSymbol> symbols() {
		return symbols;
	}
}
