package org.northstar.diagram.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.northstar.diagram.canvas.DiagramCanvas;
import org.northstar.dsl.ide.edit.ElementKind;
import org.northstar.dsl.ide.edit.ModelSnapshot;

/**
 * Dragging a palette item onto the node the new element should hang from: the node under the
 * mouse is outlined when the element can go there, and the drop adds it there, as the palette's
 * click adds it at the selection.
 */
final class PaletteDrop {

	private static final Transfer[] TEXT = { TextTransfer.getInstance() };

	private final TreeActions actions;
	private final DiagramEditor editor;
	private ElementKind dragged;

	private PaletteDrop(TreeActions actions, DiagramEditor editor) {
		this.actions = actions;
		this.editor = editor;
	}

	static void install(TreeActions actions, DiagramEditor editor, ToolBar palette, DiagramCanvas canvas,
			java.util.function.Function<ToolItem, ElementKind> kindOf) {
		PaletteDrop drop = new PaletteDrop(actions, editor);
		DragSource source = new DragSource(palette, DND.DROP_COPY);
		source.setTransfer(TEXT);
		source.addDragListener(new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				ToolItem item = palette.getItem(new Point(event.x, event.y));
				drop.dragged = item == null || !editor.isEditable() ? null : kindOf.apply(item);
				event.doit = drop.dragged != null;
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = drop.dragged == null ? "" : drop.dragged.label();
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				drop.dragged = null;
				canvas.showDropTarget(null);
			}
		});
		DropTarget target = new DropTarget(canvas, DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(TEXT);
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				dragOver(event);
			}

			@Override
			public void dragOver(DropTargetEvent event) {
				String key = drop.targetAt(canvas, event);
				canvas.showDropTarget(key);
				event.detail = key == null ? DND.DROP_NONE : DND.DROP_COPY;
			}

			@Override
			public void dragLeave(DropTargetEvent event) {
				canvas.showDropTarget(null);
			}

			@Override
			public void drop(DropTargetEvent event) {
				String key = drop.targetAt(canvas, event);
				canvas.showDropTarget(null);
				if (key != null) {
					canvas.setFocus();
					actions.add(drop.dragged, key);
				}
			}
		});
	}

	/** The node under the mouse if the dragged kind can hang from it, else null. */
	private String targetAt(DiagramCanvas canvas, DropTargetEvent event) {
		if (dragged == null || !editor.isEditable()) {
			return null;
		}
		Point at = canvas.toControl(event.x, event.y);
		String key = canvas.keyAt(at.x, at.y);
		ModelSnapshot snapshot = editor.snapshot();
		EObject element = snapshot == null ? null : snapshot.element(key);
		return element != null && ElementKind.addableAt(element).contains(dragged) ? key : null;
	}
}
