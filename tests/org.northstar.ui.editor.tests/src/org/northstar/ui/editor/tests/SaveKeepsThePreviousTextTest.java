package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.northstar.diagram.editor.DiagramEditor;
import org.northstar.dsl.ide.edit.ElementKind;
import org.northstar.ui.editor.NorthStarEditor;

/**
 * What a save in the studio (File > Save from the diagram or the source editor, one shared text
 * buffer) promises: Eclipse writes the file in place (IFile.setContents; not through a temporary
 * file), but first keeps the text it replaces in the workspace's Local History, so a crash in the
 * middle of a save loses nothing: Replace With > Local History brings the old text back.
 */
class SaveKeepsThePreviousTextTest {

	private IProject project;
	private IFile product;

	@BeforeEach
	void project() throws Exception {
		project = Models.teamsAndProduct("saves");
		product = project.getFile("product.northstar");
	}

	@AfterEach
	void close() {
		Models.closeEditors();
	}

	@Test
	void savingTheDiagramKeepsTheTextItReplacesInLocalHistory() throws Exception {
		String before = Models.onDisk(product);
		DiagramEditor diagram = Diagrams.open(product);
		Workbench.onUi(() -> diagram.select("acme.edit.Demo"));
		assertTrue(Workbench.onUi(() -> diagram.actions().add(ElementKind.GUARDRAIL)));
		save();
		assertFalse(Workbench.onUi(diagram::isDirty));
		assertEquals(Diagrams.text(diagram), Models.onDisk(product));
		assertEquals(before, newestHistory(product));
	}

	@Test
	void savingTheSourceEditorKeepsTheTextItReplacesInLocalHistory() throws Exception {
		String before = Models.onDisk(product);
		NorthStarEditor source = Models.open(product);
		Models.typeAfter(source, "game productivity", "\n    review weekly");
		save();
		assertEquals(Models.text(source), Models.onDisk(product));
		assertEquals(before, newestHistory(product));
	}

	/** File > Save on the active editor, as Ctrl+S runs it. */
	private static void save() {
		Workbench.onUi(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
			} catch (Exception e) {
				throw new AssertionError("Save failed", e);
			}
		});
	}

	private static String newestHistory(IFile file) throws CoreException, IOException {
		IFileState[] states = file.getHistory(null);
		assertTrue(states.length > 0, "no Local History of " + file.getName());
		try (InputStream in = states[0].getContents()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
