package org.northstar.diagram.editor;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.northstar.scene.SceneFiles;
import org.northstar.diagram.canvas.DiagramCanvas;
import org.northstar.diagram.commands.DiagramCommands;
import org.northstar.dsl.ide.edit.ElementKind;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.dsl.ide.edit.TreeEdits;
import org.northstar.model.Input;
import org.northstar.model.NamedElement;
import org.northstar.model.Team;
import org.northstar.ui.dashboard.OpenDashboardHandler;

/**
 * What the user can do in the diagram, in one place for the palette, the context menu, the
 * keyboard, the workbench's Edit menu and the mouse gestures of the canvas. Public for the
 * workbench tests, which drive the diagram as a user would.
 */
public final class TreeActions implements DiagramCanvas.Gestures {

	private final DiagramEditor editor;
	private final Map<ElementKind, ToolItem> paletteItems = new EnumMap<>(ElementKind.class);
	private final TreeClipboard clipboard = new TreeClipboard();
	private final Navigation navigation;
	private final NodeFixes quickFixes;
	private RenameField rename;
	private ToolBar palette;
	private FigureTools figureTools;

	private final IAction delete = action("Delete", this::deleteSelected);
	private final IAction renameAction = action("Rename", this::renameSelected);
	private final IAction copy = action("Copy", this::copySelected);
	private final IAction paste = action("Paste", this::pasteOnSelected);
	private final IAction fold = action("Collapse / Expand", this::toggleSelected);
	private final IAction showSource = action("Show in Source", this::showSource);

	TreeActions(DiagramEditor editor) {
		this.editor = editor;
		// the context menu shows each item's key as bound now (General > Keys can change it)
		delete.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_DELETE);
		renameAction.setActionDefinitionId(IWorkbenchCommandConstants.FILE_RENAME);
		copy.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_COPY);
		paste.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_PASTE);
		fold.setActionDefinitionId(DiagramCommands.TOGGLE_FOLD);
		this.navigation = new Navigation(editor);
		this.quickFixes = new NodeFixes(editor);
	}

	ToolBar createPalette(Composite parent) {
		palette = new ToolBar(parent, SWT.FLAT | SWT.WRAP | SWT.RIGHT);
		for (ElementKind kind : ElementKind.values()) {
			ToolItem item = new ToolItem(palette, SWT.PUSH);
			item.setText("+ " + kind.label());
			item.setToolTipText(PaletteTips.of(kind));
			item.addListener(SWT.Selection, event -> add(kind));
			paletteItems.put(kind, item);
		}
		new ToolItem(palette, SWT.SEPARATOR);
		KeyTips keyTips = new KeyTips(editor.getSite().getWorkbenchWindow().getWorkbench(), palette);
		keyTips.add(tool(palette, "Fit", null, () -> editor.canvas().fit()), "Show the whole tree", DiagramCommands.FIT, null);
		keyTips.add(tool(palette, "Zoom +", null, () -> editor.canvas().zoomBy(1.25)), "Zoom in", DiagramCommands.ZOOM_IN, "Ctrl+wheel");
		keyTips.add(tool(palette, "Zoom −", null, () -> editor.canvas().zoomBy(0.8)), "Zoom out", DiagramCommands.ZOOM_OUT, "Ctrl+wheel");
		new ToolItem(palette, SWT.SEPARATOR);
		tool(palette, "Export PNG…", "Save the picture as PNG", () -> exportWithDialog(SceneFiles.Format.PNG));
		tool(palette, "Export SVG…", "Save the picture as SVG", () -> exportWithDialog(SceneFiles.Format.SVG));
		figureTools = new FigureTools(editor, palette, keyTips);
		new ToolItem(palette, SWT.SEPARATOR);
		keyTips.add(tool(palette, "Dashboard", null, this::openDashboard), "Open the dashboard of this model", OpenDashboardHandler.COMMAND, null);
		return palette;
	}

	private void openDashboard() {
		try {
			editor.getSite().getService(IHandlerService.class).executeCommand(OpenDashboardHandler.COMMAND, null);
		} catch (CommandException e) {
			editor.report("The dashboard could not be opened: " + e.getMessage());
		}
	}

	private static ToolItem tool(ToolBar palette, String text, String tooltip, Runnable run) {
		ToolItem item = new ToolItem(palette, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tooltip);
		item.addListener(SWT.Selection, event -> run.run());
		return item;
	}

	/** The context menu, the Edit menu's handlers and the in-place rename field. */
	void install(DiagramCanvas canvas) {
		rename = new RenameField(editor, canvas);
		PaletteDrop.install(this, editor, palette, canvas, item -> paletteItems.entrySet().stream()
				.filter(entry -> entry.getValue() == item).map(Map.Entry::getKey).findFirst().orElse(null));
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			List<CodeAction> fixes = quickFixes.of(editor.selectedKey());
			fixes.forEach(fix -> manager.add(action(fix.getTitle(), () -> quickFixes.apply(fix))));
			if (!fixes.isEmpty()) {
				manager.add(new Separator());
			}
			MenuManager add = new MenuManager("Add");
			EObject selected = selectedElement();
			for (ElementKind kind : ElementKind.addableAt(selected)) {
				add.add(action(kind.label(), () -> add(kind)));
			}
			manager.add(add);
			manager.add(new Separator());
			manager.add(renameAction);
			manager.add(delete);
			manager.add(copy);
			manager.add(paste);
			manager.add(new Separator());
			manager.add(fold);
			manager.add(showSource);
			manager.add(new Separator());
			figureTools.contribute(manager);
		});
		canvas.setMenu(menu.createContextMenu(canvas));
		installCommands(canvas);
		IActionBars bars = editor.getEditorSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), renameAction);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(),
				new UndoActionHandler(editor.getSite(), editor.treeDocument().undoManager().getUndoContext()));
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(),
				new RedoActionHandler(editor.getSite(), editor.treeDocument().undoManager().getUndoContext()));
		bars.updateActionBars();
	}

	void dispose() {
		quickFixes.dispose();
	}

	/** Enables what fits the selection and the state of the text. */
	void update() {
		boolean editable = editor.isEditable();
		EObject selected = selectedElement();
		if (rename != null && rename.isOpen() && editor.snapshot() != null && editor.snapshot().element(rename.key()) == null) {
			rename.cancel(); // its node left the text (undo, an edit in the source editor)
		}
		List<ElementKind> addable = ElementKind.addableAt(anchor());
		paletteItems.forEach((kind, item) -> item.setEnabled(editable && addable.contains(kind)));
		boolean onElement = selected != null;
		delete.setEnabled(editable && onElement);
		renameAction.setEnabled(editable && onElement);
		copy.setEnabled(onElement && TreeEdits.productOf(selected) != null);
		paste.setEnabled(editable && onElement && clipboard.hasContent());
		fold.setEnabled(onElement);
		showSource.setEnabled(onElement);
		figureTools.update();
	}

	/** The in-place rename field (open after {@link #renameSelected()}). */
	public RenameField renameField() {
		return rename;
	}

	/** Whether the palette offers {@code kind} now (enabled). */
	public boolean offers(ElementKind kind) {
		ToolItem item = paletteItems.get(kind);
		return item != null && item.isEnabled();
	}

	/**
	 * The keyboard: the diagram's commands get their handlers for as long as the diagram is the
	 * active part, and its key context is active while the canvas has the focus (so the keys go to
	 * the name field, not to the commands, while a node is being renamed).
	 */
	private void installCommands(DiagramCanvas canvas) {
		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		handle(handlers, DiagramCommands.ADD_CHILD, this::addChild);
		handle(handlers, DiagramCommands.SELECT_PARENT, () -> editor.select(navigation.parent(editor.selectedKey())));
		handle(handlers, DiagramCommands.SELECT_FIRST_CHILD, () -> editor.select(navigation.firstChild(editor.selectedKey())));
		handle(handlers, DiagramCommands.SELECT_PREVIOUS_SIBLING, () -> editor.select(navigation.sibling(editor.selectedKey(), -1)));
		handle(handlers, DiagramCommands.SELECT_NEXT_SIBLING, () -> editor.select(navigation.sibling(editor.selectedKey(), 1)));
		handle(handlers, DiagramCommands.SELECT_FIRST, () -> editor.select(navigation.first()));
		handle(handlers, DiagramCommands.TOGGLE_FOLD, this::toggleSelected);
		handle(handlers, DiagramCommands.ZOOM_IN, () -> editor.canvas().zoomBy(1.25));
		handle(handlers, DiagramCommands.ZOOM_OUT, () -> editor.canvas().zoomBy(0.8));
		handle(handlers, DiagramCommands.FIT, () -> editor.canvas().fit());
		IContextService contexts = editor.getSite().getService(IContextService.class);
		IContextActivation[] keys = new IContextActivation[1];
		canvas.addListener(SWT.FocusIn, event -> {
			if (keys[0] == null) {
				keys[0] = contexts.activateContext(DiagramCommands.CONTEXT);
			}
		});
		canvas.addListener(SWT.FocusOut, event -> {
			if (keys[0] != null) {
				contexts.deactivateContext(keys[0]);
				keys[0] = null;
			}
		});
	}

	private static void handle(IHandlerService handlers, String commandId, Runnable run) {
		handlers.activateHandler(commandId, new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				run.run();
				return null;
			}
		});
	}

	// ---------------------------------------------------------------- commands

	/**
	 * Adds a new element of {@code kind} at the selection (nothing selected: at the North Star),
	 * selects it and opens its name for typing.
	 */
	public boolean add(ElementKind kind) {
		return add(kind, anchorKey());
	}

	/** Adds a new element of {@code kind} under or next to the node of {@code anchor} (null: top level). */
	boolean add(ElementKind kind, String anchor) {
		String[] added = new String[1];
		boolean written = editor.write("Add " + kind.label().toLowerCase(), () -> editor.treeDocument().change(fresh -> {
			EObject at = anchor == null ? null : fresh.element(anchor);
			added[0] = editor.treeDocument().keyOf(TreeEdits.add(fresh.model(), kind, at));
		}));
		if (written && added[0] != null) {
			editor.select(added[0]);
			renameSelected(); // a new node is named at once, as a new file in a file manager
		}
		return written;
	}

	/** Where the palette adds: the selection, else the North Star of the file's first product. */
	private String anchorKey() {
		return editor.selectedKey() != null ? editor.selectedKey() : editor.home();
	}

	private EObject anchor() {
		ModelSnapshot snapshot = editor.snapshot();
		return snapshot == null ? null : snapshot.element(anchorKey());
	}

	/** Insert: the natural child of the selection (a sub-input under an input, an input under the North Star or product). */
	public void addChild() {
		EObject selected = anchor();
		ElementKind kind = selected instanceof Input ? ElementKind.SUB_INPUT
				: selected == null || selected instanceof Team ? ElementKind.PRODUCT : ElementKind.INPUT;
		add(kind);
	}

	public void deleteSelected() {
		String key = editor.selectedKey();
		EObject element = selectedElement();
		if (key == null || element == null) {
			return;
		}
		List<String> users = References.outside(element, editor.snapshot());
		if (!users.isEmpty() && !editor.confirm("'" + key + "' is used elsewhere:\n  " + String.join("\n  ", users)
				+ "\n\nDelete it anyway? Those references will be left unresolved, for you to fix.")) {
			return;
		}
		String next = new Navigation(editor).parent(key);
		if (editor.write("Delete", () -> editor.treeDocument().remove(key))) {
			editor.select(next);
		}
	}

	public void renameSelected() {
		if (editor.selectedKey() != null && editor.isEditable()) {
			rename.open(editor.selectedKey());
		}
	}

	public void copySelected() {
		if (editor.selectedKey() != null) {
			clipboard.copy(editor.selectedKey());
			update();
		}
	}

	public void pasteOnSelected() {
		String target = editor.selectedKey();
		String copied = clipboard.content();
		if (target == null || copied == null) {
			return;
		}
		String[] pasted = new String[1];
		boolean written = editor.write("Paste", () -> editor.treeDocument().change(fresh -> {
			EObject original = fresh.element(copied);
			if (original == null) {
				throw new IllegalStateException("'" + copied + "' is no longer in the text; copy again.");
			}
			pasted[0] = editor.treeDocument().keyOf(TreeEdits.paste((NamedElement) original, fresh.element(target)));
		}));
		if (written) {
			editor.select(pasted[0]);
		}
	}

	public void toggleSelected() {
		if (editor.selectedKey() != null && editor.picture().foldable().contains(editor.selectedKey())) {
			editor.toggle(editor.selectedKey());
		}
	}

	private void showSource() {
		SourceLink.open(editor, editor.selectedKey());
	}

	private void exportWithDialog(SceneFiles.Format format) {
		FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + format.extension() });
		String name = editor.treeDocument().file().getName().replaceFirst("\\.northstar$", "");
		dialog.setFileName(name + "." + format.extension());
		if (editor.treeDocument().file().getLocation() != null) {
			dialog.setFilterPath(editor.treeDocument().file().getLocation().removeLastSegments(1).toOSString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			editor.export(Path.of(chosen), format);
		}
	}

	// ---------------------------------------------------------------- gestures of the canvas

	@Override
	public void selected(String key) {
		editor.select(key);
	}

	@Override
	public void toggled(String key) {
		editor.toggle(key);
	}

	@Override
	public void opened(String key) {
		renameSelected();
	}

	@Override
	public boolean canDrop(String key, String target) {
		ModelSnapshot snapshot = editor.snapshot();
		return editor.isEditable() && snapshot != null && TreeEdits.canMove(snapshot.element(key), snapshot.element(target));
	}

	@Override
	public void dropped(String key, String target) {
		boolean written = editor.write("Move", () -> editor.treeDocument().move(key, target));
		if (written) {
			editor.select(key);
		}
	}

	private EObject selectedElement() {
		ModelSnapshot snapshot = editor.snapshot();
		return snapshot == null ? null : snapshot.element(editor.selectedKey());
	}

	private static IAction action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}
}
