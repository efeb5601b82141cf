package org.northstar.ui.editor.tests;

import java.time.Duration;

import org.eclipse.core.resources.IFile;
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

	static boolean shows(DiagramEditor editor, String key) {
		return Workbench.onUi(() -> editor.canvas().scene().boxes().stream().anyMatch(box -> key.equals(box.element())));
	}

	static String text(DiagramEditor editor) {
		return Workbench.onUi(() -> editor.document().get());
	}
}
