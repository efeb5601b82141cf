package org.northstar.ui.editor.tests;

import java.time.Duration;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.northstar.diagram.editor.DiagramEditor;

/** Opening the diagram editor and reading what it shows, from the test thread. */
final class Diagrams {

	private Diagrams() {
	}

	static DiagramEditor open(IFile file) {
		DiagramEditor editor = Workbench.onUi(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			try {
				if (page.openEditor(new FileEditorInput(file), DiagramEditor.ID, true,
						IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID) instanceof DiagramEditor diagram) {
					diagram.setConfirmation(question -> {
						throw new AssertionError("an unexpected question: " + question);
					});
					return diagram;
				}
				throw new AssertionError(file.getName() + " did not open in the diagram editor");
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		Workbench.waitUntil("the diagram's first picture", Duration.ofSeconds(20), () -> Workbench.onUi(() -> editor.snapshot() != null));
		return editor;
	}

	/**
	 * Scrolls the node into the middle of the diagram's window, as a person scrolls to what they
	 * want to click, and says where it is (canvas pixels). The selection stays as it is.
	 */
	static Rectangle reveal(DiagramEditor editor, String key) {
		return Workbench.onUi(() -> {
			Rectangle box = editor.canvas().screenBounds(key);
			Rectangle area = editor.canvas().getClientArea();
			editor.canvas().viewport().panBy(area.width / 2.0 - (box.x + box.width / 2.0), area.height / 2.0 - (box.y + box.height / 2.0));
			editor.canvas().redraw();
			return editor.canvas().screenBounds(key);
		});
	}

	/**
	 * Types a whole entry into the open text field of a control (the diagram's rename field, a
	 * Properties cell) and presses Enter, as the field sees it: its text, then its default selection.
	 */
	static void enter(Composite parent, String typed) {
		Workbench.onUi(() -> {
			Text field = (Text) Arrays.stream(parent.getChildren()).filter(c -> c instanceof Text && c.isVisible()).findFirst()
					.orElseThrow(() -> new AssertionError("no open field to type into"));
			field.setText(typed);
			field.setSelection(typed.length());
			field.notifyListeners(SWT.DefaultSelection, new Event());
		});
		UserInput.settle();
	}

	static boolean shows(DiagramEditor editor, String key) {
		return Workbench.onUi(() -> editor.canvas().scene().boxes().stream().anyMatch(box -> key.equals(box.element())));
	}

	static String text(DiagramEditor editor) {
		return Workbench.onUi(() -> editor.document().get());
	}
}
