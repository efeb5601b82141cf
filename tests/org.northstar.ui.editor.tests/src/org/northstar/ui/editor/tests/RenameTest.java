package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.northstar.ui.editor.NorthStarEditor;

/** Rename (Alt+Shift+R) of a team named in two files: in the open file's editor and in the closed file on disk. */
class RenameTest extends EditorTest {

	private static final Duration SERVER = Duration.ofSeconds(60);
	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Models.teamsAndProduct("editor-rename");
	}

	@Test
	void renamingATeamChangesItsDefinitionAndItsOwners() throws Exception {
		NorthStarEditor editor = Models.open(project.getFile("product.northstar"));
		Workbench.waitUntil("the server to know the document", SERVER, () -> editor.sync().connection().isReady());
		Workbench.onUi(() -> editor.selectAndReveal(Models.text(editor).indexOf("owner Growth") + "owner Gr".length(), 0));
		UserInput.focus(editor);
		UserInput.press('r', SWT.ALT, SWT.SHIFT);
		Text newName = UserInput.waitForPopup("the rename dialog", SERVER,
				shell -> UserInput.find(shell, Text.class, text -> "Growth".equals(text.getText()) && text.isFocusControl()));
		UserInput.type("Expansion");
		Workbench.waitUntil("the new name typed", Duration.ofSeconds(10),
				() -> Workbench.onUi(() -> newName.isDisposed() || "Expansion".equals(newName.getText())));
		UserInput.press(SWT.CR);
		Workbench.waitUntil("the rename to be done", SERVER, () -> Models.text(editor).contains("owner Expansion relation"));
		IFile teams = project.getFile("teams.northstar");
		Workbench.waitUntil("the closed teams file to be renamed on disk", SERVER,
				() -> Models.onDisk(teams).contains("team Expansion { lead"));
		assertFalse(Models.onDisk(teams).contains("Growth"));
		assertFalse(Workbench.onUi(editor::isDirty), "a saved open file stays saved (LTK keeps the save state)");
		assertTrue(Models.onDisk(project.getFile("product.northstar")).contains("owner Expansion relation"));
	}
}
