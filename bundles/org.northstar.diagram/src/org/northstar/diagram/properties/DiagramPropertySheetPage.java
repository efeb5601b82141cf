package org.northstar.diagram.properties;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.northstar.diagram.editor.DiagramEditor;

/**
 * The Properties view's page for a diagram: the standard property sheet, with Undo and Redo
 * (Ctrl+Z, Ctrl+Y, the Edit menu) working on the file's text while the view has the focus, as
 * they do in the diagram and the source editor. The standard page offers only a cell's own undo.
 */
public final class DiagramPropertySheetPage extends PropertySheetPage {

	private final DiagramEditor editor;
	private UndoActionHandler undo;
	private RedoActionHandler redo;

	public DiagramPropertySheetPage(DiagramEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		undo = new UndoActionHandler(editor.getSite(), editor.undoContext());
		redo = new RedoActionHandler(editor.getSite(), editor.undoContext());
		actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		actionBars.updateActionBars();
	}

	@Override
	public void dispose() {
		if (undo != null) {
			undo.dispose();
			redo.dispose();
		}
		super.dispose();
	}
}
