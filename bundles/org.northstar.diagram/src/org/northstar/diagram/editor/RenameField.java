package org.northstar.diagram.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.northstar.diagram.canvas.DiagramCanvas;
import org.northstar.dsl.ide.edit.ElementProperty;
import org.northstar.model.NamedElement;

/**
 * Renaming in place: a text field over the node's title. Enter or leaving the field renames
 * (references follow), Escape cancels; a name that cannot be used keeps the field open with the
 * reason under it.
 */
public final class RenameField {

	private final DiagramEditor editor;
	private final DiagramCanvas canvas;
	private Text field;
	private InPlaceMessage message;
	private String key;
	/** Keeps the field on its node when the view zooms or scrolls under it (Fit, the wheel, a new selection). */
	private final Listener follow = event -> place();

	RenameField(DiagramEditor editor, DiagramCanvas canvas) {
		this.editor = editor;
		this.canvas = canvas;
	}

	void open(String elementKey) {
		close();
		EObject element = editor.snapshot().element(elementKey);
		Rectangle bounds = canvas.screenBounds(elementKey);
		if (!(element instanceof NamedElement named) || bounds == null) {
			return;
		}
		key = elementKey;
		field = new Text(canvas, SWT.BORDER | SWT.SINGLE);
		field.setText(named.getName() == null ? "" : named.getName());
		place();
		canvas.addListener(SWT.Paint, follow);
		field.selectAll();
		message = new InPlaceMessage(field);
		field.addListener(SWT.Modify, event -> message.hide());
		field.addListener(SWT.DefaultSelection, event -> commit());
		field.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_ESCAPE) {
				event.doit = false;
				close();
				canvas.setFocus();
			}
		});
		Text opened = field;
		field.addListener(SWT.FocusOut, event -> canvas.getDisplay().asyncExec(() -> {
			if (field == opened) { // not a field closed and replaced since
				commit();
			}
		}));
		field.setFocus();
	}

	/** Whether the field is open. */
	public boolean isOpen() {
		return field != null && !field.isDisposed();
	}

	/** The key of the node being renamed, or null. */
	public String key() {
		return isOpen() ? key : null;
	}

	/** Why the typed name was refused, as shown under the field; null when nothing is refused. */
	public String refusal() {
		return isOpen() ? message.message() : null;
	}

	/** Closes the field without renaming, e.g. when its node left the text. */
	void cancel() {
		close();
	}

	private void commit() {
		if (!isOpen()) {
			return;
		}
		String name = field.getText().strip();
		String renamed = key;
		EObject element = editor.snapshot().element(key);
		if (!(element instanceof NamedElement named) || name.equals(named.getName())) {
			close();
			return;
		}
		if (editor.setProperty(renamed, ElementProperty.NAME, name)) {
			close();
			editor.select(renamed.contains(".") ? renamed.substring(0, renamed.lastIndexOf('.') + 1) + name : name);
			canvas.setFocus();
		} else if (isOpen()) {
			field.setFocus();
			message.show(editor.message());
		}
	}

	private void place() {
		Rectangle bounds = isOpen() ? canvas.screenBounds(key) : null;
		if (bounds != null) {
			Rectangle wanted = new Rectangle(bounds.x + 4, bounds.y + 4, Math.max(120, bounds.width - 8),
					field.computeSize(SWT.DEFAULT, SWT.DEFAULT).y);
			if (!wanted.equals(field.getBounds())) {
				field.setBounds(wanted);
			}
		}
	}

	private void close() {
		if (!canvas.isDisposed()) {
			canvas.removeListener(SWT.Paint, follow);
		}
		if (field != null && !field.isDisposed()) {
			Text closing = field;
			field = null;
			closing.dispose();
		}
	}
}
