package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ltk.core.refactoring.CheckConditionsOperation;
import org.eclipse.ltk.core.refactoring.PerformRefactoringOperation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.northstar.ui.editor.NorthStarEditor;
import org.northstar.ui.lsp.Positions;
import org.northstar.ui.rename.ServerRenameRefactoring;

/** Rename (Alt+Shift+R) of a team named in two files: in the open file's editor and in the closed file on disk. */
class RenameTest extends EditorTest {

	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Models.teamsAndProduct("editor-rename");
	}

	@Test
	void renamingATeamChangesItsDefinitionAndItsOwners() throws Exception {
		NorthStarEditor editor = Models.open(project.getFile("product.northstar"));
		Workbench.waitUntil("the server to know the document", Duration.ofSeconds(60),
				() -> editor.sync().connection().isReady());
		int offset = Models.text(editor).indexOf("owner Growth") + "owner Gr".length();
		ServerRenameRefactoring rename = Workbench
				.onUi(() -> new ServerRenameRefactoring(editor.sync(), Positions.position(Models.document(editor), offset),
						"Growth"));
		rename.setNewName("Expansion");
		PerformRefactoringOperation operation = new PerformRefactoringOperation(rename,
				CheckConditionsOperation.ALL_CONDITIONS);
		Workbench.onUi(() -> {
			try {
				operation.run(null);
			} catch (CoreException e) {
				throw new AssertionError(e);
			}
		});
		assertFalse(operation.getConditionStatus().hasFatalError(), operation.getConditionStatus().toString());
		assertTrue(Models.text(editor).contains("owner Expansion relation"), Models.text(editor));
		IFile teams = project.getFile("teams.northstar");
		assertTrue(Models.onDisk(teams).contains("team Expansion { lead"), Models.onDisk(teams));
		assertFalse(Models.onDisk(teams).contains("Growth"));
		assertFalse(Workbench.onUi(editor::isDirty), "a saved open file stays saved (LTK keeps the save state)");
		assertTrue(Models.onDisk(project.getFile("product.northstar")).contains("owner Expansion relation"));
	}
}
