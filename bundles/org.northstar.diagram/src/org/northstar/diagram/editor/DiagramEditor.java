package org.northstar.diagram.editor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.core.check.Problem;
import org.northstar.core.rules.RuleIds;
import org.northstar.scene.SceneFigures;
import org.northstar.scene.SceneFiles;
import org.northstar.diagram.canvas.DiagramCanvas;
import org.northstar.diagram.properties.DiagramPropertySheetPage;
import org.northstar.dsl.ide.edit.ElementProperty;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.dsl.ide.hover.ElementDescriptions;
import org.northstar.dsl.ide.names.ShortestNames;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;
import org.northstar.ui.NorthStarUiPlugin;
import org.northstar.workspace.builder.ProblemMarkers;
import org.northstar.ui.editor.AtomicSaves;
import org.northstar.ui.editor.TooLargeModels;

/**
 * The graphical North Star tree editor. It edits the .northstar file itself: it shows the parse of
 * the file's shared text buffer (the document an open source editor edits too) and writes every
 * change as a minimal text edit into it, so undo, save and the source editor all see one text.
 * While the text does not parse, it shows the last good tree (if it ever parsed) under a banner and writes nothing.
 */
public class DiagramEditor extends EditorPart implements ISelectionProvider {

	public static final String ID = "org.northstar.diagram.DiagramEditor";
	private static final int PARSE_DELAY_MILLIS = 120;

	private TreeDocument document;
	private DiagramCanvas canvas;
	private TreeActions actions;
	private SourceLink sourceLink;
	private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
	private final Set<String> collapsed = new HashSet<>();
	private final AtomicLong textVersion = new AtomicLong();
	private volatile Job parsing;
	private TreeOutlinePage outline;
	private TreePicture picture;
	private TreePicture lastGood;
	private String message;
	private Predicate<String> confirmation = question -> MessageDialog.openQuestion(getSite().getShell(), "North Star Diagram", question);

	private final IDocumentListener textListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// only the change itself matters
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			textChanged();
		}
	};
	private final Runnable parseAfterThePause = this::parseInBackground;

	private BufferWatch bufferWatch;
	private DiagramFigures figures;
	private WhatIfField whatIfField;
	private final ElementDescriptions descriptions = NorthStarUiPlugin.session().get(ElementDescriptions.class);
	private final IScopeProvider scopes = NorthStarUiPlugin.session().get(IScopeProvider.class);

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("The North Star diagram opens .northstar files of the workspace.");
		}
		setSite(site);
		setInput(input);
		IFile file = fileInput.getFile();
		setPartName(file.getName() + " (diagram)"); // the source editor's tab says file.getName() alone
		setTitleToolTip(file.getFullPath().toString());
		try {
			TooLargeModels.refuse(file, site, getPartName());
			document = TreeDocument.connect(file);
		} catch (CoreException e) {
			throw new PartInitException(e.getStatus());
		}
		document.document().addDocumentListener(textListener);
		bufferWatch = new BufferWatch(document.buffer(), () -> Display.getDefault().asyncExec(() -> firePropertyChange(PROP_DIRTY)),
				() -> Display.getDefault().asyncExec(() -> getSite().getPage().closeEditor(this, false)));
		FileBuffers.getTextFileBufferManager().addFileBufferListener(bufferWatch);
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		area.setLayout(layout);
		actions = new TreeActions(this);
		actions.createPalette(area).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		canvas = new DiagramCanvas(area);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas.setGestures(actions);
		canvas.setDescriptions(this::describe);
		actions.install(canvas);
		getSite().setSelectionProvider(this);
		sourceLink = new SourceLink(this);
		whatIfField = new WhatIfField(this, canvas);
		figures = new DiagramFigures(document.file(), () -> Display.getDefault().asyncExec(this::redraw));
		showPicture(TreePicture.of(document.parse(document.document().get(), CancelIndicator.NullImpl), collapsed, figures.scene()));
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		if (Display.getCurrent() != null) {
			Display.getCurrent().timerExec(-1, parseAfterThePause);
		}
		if (figures != null) {
			figures.dispose();
		}
		if (sourceLink != null) {
			sourceLink.dispose();
		}
		if (actions != null) {
			actions.dispose();
		}
		if (document != null) {
			FileBuffers.getTextFileBufferManager().removeFileBufferListener(bufferWatch);
			document.document().removeDocumentListener(textListener);
			document.disconnect();
		}
		super.dispose();
	}

	// ---------------------------------------------------------------- the text and its parse

	/**
	 * A change makes any parse under way stale and moves the one pending parse later: a timer of the
	 * UI thread, so a keystroke costs no text copy, no lock and no job, and a burst of typing ends
	 * in a single parse of its final text.
	 */
	private void textChanged() {
		textVersion.incrementAndGet();
		Display display = Display.getCurrent();
		if (display == null) {
			Display.getDefault().asyncExec(this::textChanged); // a change made by another thread
		} else if (canvas != null && !canvas.isDisposed()) {
			display.timerExec(PARSE_DELAY_MILLIS, parseAfterThePause);
		}
	}

	/**
	 * Parses the text off the UI thread; a parse of an older text is cancelled where it stands, and
	 * one that finishes anyway is dropped: only the newest text is painted.
	 */
	private void parseInBackground() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		long version = textVersion.get();
		String text = document.document().get();
		Set<String> folded = Set.copyOf(collapsed);
		SceneFigures drawn = figures.scene();
		Job previous = parsing;
		if (previous != null) {
			previous.cancel();
		}
		Job job = Job.create("Drawing " + document.file().getName(), (IProgressMonitor monitor) -> {
			if (version != textVersion.get()) {
				return Status.CANCEL_STATUS;
			}
			TreePicture next;
			try {
				next = TreePicture.of(document.parse(text, () -> monitor.isCanceled() || version != textVersion.get()), folded, drawn);
			} catch (CancellationException e) {
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				// a parse that fails is a bug of ours: logged with its cause, and the diagram says so
				Platform.getLog(DiagramEditor.class).error("The diagram of " + document.file().getFullPath() + " could not be drawn", e);
				Display.getDefault().asyncExec(() -> {
					if (!canvas.isDisposed()) {
						canvas.setBanner("The diagram could not be drawn (" + e + "); see the error log. The text is unchanged.");
					}
				});
				return Status.OK_STATUS;
			}
			Display display = canvas == null || canvas.isDisposed() ? null : canvas.getDisplay();
			if (display != null) {
				display.asyncExec(() -> {
					if (version == textVersion.get() && !canvas.isDisposed()) {
						showPicture(next);
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		parsing = job;
		job.schedule();
	}

	private void showPicture(TreePicture next) {
		if (next.snapshot().hasSyntaxErrors()) {
			picture = next;
			Problem first = next.snapshot().problems().stream().filter(p -> p.ruleId().equals(RuleIds.SYNTAX)).findFirst().orElse(null);
			String where = first == null ? "" : " (line " + first.line() + ", column " + first.column() + ": " + first.message() + ")";
			if (lastGood != null) {
				canvas.setBanner("The text has a syntax error" + where + ". Showing the last good tree; fix the text to edit the tree again.");
				canvas.setScene(lastGood.scene(), Set.of(), Set.of());
			} else {
				canvas.setBanner("The text has a syntax error" + where + ". There is no tree to show until the text parses.");
			}
		} else {
			picture = next;
			lastGood = next;
			canvas.setBanner(figures.banner());
			canvas.setHome(northStarOf(next.snapshot()));
			canvas.setScene(next.scene(), next.foldable(), next.collapsed());
		}
		if (canvas.selection() != null && next.snapshot().element(canvas.selection()) == null && !next.snapshot().hasSyntaxErrors()) {
			select(null);
		} else if (canvas.selection() != null) {
			fireSelection(); // the Properties view reads the new values
		}
		if (outline != null) {
			outline.update(next.snapshot());
		}
		actions.update();
	}

	/** The key of the first product's North Star (else of the first product): where the diagram opens and adds by default. */
	String home() {
		return picture == null ? null : northStarOf(picture.snapshot());
	}

	private static String northStarOf(ModelSnapshot snapshot) {
		if (snapshot.model() == null || snapshot.model().getProducts().isEmpty()) {
			return null;
		}
		Product product = snapshot.model().getProducts().get(0);
		return snapshot.key(product.getNorthStars().isEmpty() ? product : product.getNorthStars().get(0));
	}

	/** The latest parse of the text (null before the first). */
	public ModelSnapshot snapshot() {
		return picture == null ? null : picture.snapshot();
	}

	/** Whether the tree may be edited now: the text parses. */
	public boolean isEditable() {
		return picture != null && !picture.snapshot().hasSyntaxErrors();
	}

	public TreeActions actions() {
		return actions;
	}

	/** The undo history of the file's text, shared with its source editors. */
	public org.eclipse.core.commands.operations.IUndoContext undoContext() {
		return document.undoManager().getUndoContext();
	}

	/** The file's document (the shared buffer's). */
	public org.eclipse.jface.text.IDocument document() {
		return document.document();
	}

	TreePicture picture() {
		return picture;
	}

	/** Writes the picture as shown (folded subtrees stay folded) as a PNG at twice the size, or as SVG. */
	public void export(java.nio.file.Path target, SceneFiles.Format format) {
		try {
			SceneFiles.write(canvas.scene(), target, format, 2);
			report(null);
			getEditorSite().getActionBars().getStatusLineManager().setMessage("Exported " + target);
		} catch (java.io.IOException e) {
			report(target + " could not be written: " + e.getMessage());
		}
	}

	TreeDocument treeDocument() {
		return document;
	}

	public DiagramCanvas canvas() {
		return canvas;
	}

	/**
	 * Re-draws from the text now, for the diagram's own edits, whose next step (selecting the new
	 * node, opening its name for typing) needs the result at once; a parse of the buffer alone, so
	 * quick. Any parse still scheduled for an older text is dropped.
	 */
	public void refresh() {
		textVersion.incrementAndGet();
		canvas.getDisplay().timerExec(-1, parseAfterThePause);
		showPicture(TreePicture.of(document.parse(document.document().get(), CancelIndicator.NullImpl), collapsed, figures.scene()));
	}

	/** Folds or unfolds the subtree under a node; the picture is redrawn from the same parse. */
	public void toggle(String key) {
		if (!collapsed.remove(key)) {
			collapsed.add(key);
		}
		redraw();
	}

	/** Draws the latest parse again, with the figures as they are now. */
	private void redraw() {
		if (picture != null && !canvas.isDisposed()) {
			showPicture(TreePicture.of(picture.snapshot(), collapsed, figures.scene()));
		}
	}

	// ---------------------------------------------------------------- figures and what-if

	/** Shows or hides the figures of the data (values, trends, statuses, sparklines, r). */
	public void toggleValues() {
		figures.toggle();
		redraw();
	}

	public boolean valuesShown() {
		return figures.shown();
	}

	/** Opens the what-if field on the selected metric: the value typed there is hypothetical, never written. */
	public void whatIf() {
		String key = selectedKey();
		if (key != null && figures.shown()) {
			whatIfField.open(key);
		}
	}

	/** Sets a hypothetical value; the figures that depend on it are recomputed and drawn as hypothetical. */
	void setWhatIf(String product, String metric, double value) {
		figures.setWhatIf(product, metric, value);
	}

	/** Back to the measured figures. */
	public void resetWhatIf() {
		figures.reset();
	}

	public boolean hypothetical() {
		return figures.hypothetical();
	}

	/** The figures drawn on a metric's node now (what-if applied), if its product has data and figures are shown. */
	java.util.Optional<org.northstar.metrics.MetricStatus> figureOf(org.northstar.model.Metric metric) {
		return figures.scene().of(metric);
	}

	/** The what-if field (open after {@link #whatIf()}). */
	public WhatIfField whatIfField() {
		return whatIfField;
	}

	public Set<String> collapsed() {
		return Set.copyOf(collapsed);
	}

	// ---------------------------------------------------------------- writing

	/**
	 * Runs a write on the document; its failure is reported in the status line and in
	 * {@link #message()}, and nothing is written.
	 *
	 * @return whether it was written
	 */
	boolean write(String what, Runnable write) {
		if (!isEditable()) {
			report("The text has a syntax error; fix it in the source editor first. Nothing was changed.");
			return false;
		}
		try {
			write.run();
			report(null);
			refresh();
			return true;
		} catch (IllegalArgumentException | IllegalStateException e) {
			report(what + ": " + e.getMessage());
			return false;
		}
	}

	/** Sets a property from what the user typed (the Properties view, the rename field). */
	public boolean setProperty(String key, ElementProperty property, String value) {
		return write(property.label(), () -> document.set(key, property, value));
	}

	/** The last message for the user (an edit that could not be made), or null. */
	public String message() {
		return message;
	}

	void report(String text) {
		message = text;
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(text);
	}

	/** Asks the user a yes/no question (tests answer it themselves, see {@link #setConfirmation}). */
	boolean confirm(String question) {
		return confirmation.test(question);
	}

	/** Replaces the yes/no dialog, e.g. in tests, which must never block on a dialog. */
	public void setConfirmation(Predicate<String> confirmation) {
		this.confirmation = confirmation;
	}

	// ---------------------------------------------------------------- selection

	/** Selects a node by key (null: none), tells the selection's listeners and the source editor. */
	public void select(String key) {
		canvas.select(key);
		fireSelection();
		sourceLink.reveal(key);
		if (outline != null) {
			outline.reveal(key);
		}
		actions.update();
	}

	/** Follows a selection made elsewhere (the source editor) without telling it back. */
	void follow(String key) {
		if (key != null && !key.equals(canvas.selection())) {
			canvas.select(key);
			fireSelection();
			if (outline != null) {
				outline.reveal(key);
			}
			actions.update();
		}
	}

	public String selectedKey() {
		return canvas.selection();
	}

	void fireSelection() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		selectionListeners.forEach(listener -> listener.selectionChanged(event));
	}

	@Override
	public ISelection getSelection() {
		String key = canvas == null ? null : canvas.selection();
		return key == null ? StructuredSelection.EMPTY : new StructuredSelection(new DiagramElement(key, this));
	}

	@Override
	public void setSelection(ISelection selection) {
		if (selection instanceof StructuredSelection structured && structured.getFirstElement() instanceof DiagramElement element) {
			select(element.key());
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	/** A node's tooltip: what the source editor's hover says of its element (Markdown), null for none. */
	private String describe(String key) {
		ModelSnapshot snapshot = snapshot();
		EObject element = snapshot == null ? null : snapshot.element(key);
		return element == null ? null : descriptions.describe(element);
	}

	/** Selects the node of a problem (the Problems view's double click, when the diagram is the file's editor). */
	private void gotoMarker(IMarker marker) {
		ModelSnapshot snapshot = snapshot();
		if (snapshot == null) {
			return;
		}
		String key = marker.getAttribute(ProblemMarkers.ELEMENT, null);
		if (snapshot.element(key) == null) {
			key = SourceLink.innermostAt(snapshot, marker.getAttribute(IMarker.CHAR_START, -1));
		}
		if (key != null) {
			select(key);
		}
	}

	/**
	 * Why the text the user typed for a property would be refused, or null when it would be written.
	 */
	public String refusal(String key, ElementProperty property, String value) {
		return isEditable() ? document.refusal(key, property, value) : "The text has a syntax error; fix it in the source editor first.";
	}

	/** The names a reference property of a node may use: those visible from it, each once by its shortest name; empty for other properties. */
	public List<String> visibleNames(String key, ElementProperty property) {
		ModelSnapshot snapshot = snapshot();
		EObject element = snapshot == null ? null : snapshot.element(key);
		EReference reference = switch (property) {
			case OWNERS -> NorthStarPackage.Literals.INPUT__OWNERS;
			case TEAM -> NorthStarPackage.Literals.WORK_STREAM__TEAM;
			case TARGET -> NorthStarPackage.Literals.WORK_STREAM__TARGET;
			case FOLLOWS -> NorthStarPackage.Literals.KPI__FOLLOWS;
			default -> null;
		};
		if (element == null || reference == null || !reference.getEContainingClass().isInstance(element)) {
			return List.of();
		}
		return ShortestNames.of(scopes.getScope(element, reference).getAllElements()).stream().map(d -> d.getName().getLastSegment())
				.distinct().sorted().toList();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IGotoMarker.class) {
			return adapter.cast((IGotoMarker) this::gotoMarker);
		}
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new DiagramPropertySheetPage(this));
		}
		if (adapter == IContentOutlinePage.class) {
			if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
				outline = new TreeOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	// ---------------------------------------------------------------- saving

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			AtomicSaves.commit(document.buffer(), false, monitor);
		} catch (CoreException e) {
			report("Not saved: " + e.getStatus().getMessage());
		}
	}

	@Override
	public void doSaveAs() {
		// a diagram is its file: Save As belongs to the source editor
	}

	@Override
	public boolean isDirty() {
		return document != null && document.buffer().isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

}
