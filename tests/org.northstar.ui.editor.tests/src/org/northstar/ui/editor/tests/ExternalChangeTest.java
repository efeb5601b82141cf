package org.northstar.ui.editor.tests;

import java.time.Duration;

import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.Test;
import org.northstar.ui.editor.NorthStarEditor;

/** A model changed outside the editors (git, the command line) is forwarded to the server: open editors follow. */
class ExternalChangeTest extends EditorTest {

	@Test
	void aFileChangedOnDiskUpdatesTheProblemsShownInAnotherFilesEditor() throws Exception {
		IProject project = Models.teamsAndProduct("editor-external");
		NorthStarEditor teams = Models.open(project.getFile("teams.northstar"));
		Workbench.waitUntil("Billing to be idle in the editor", Duration.ofSeconds(60),
				() -> idleTeams(teams).contains("Billing"));
		Models.write(project.getFile("product.northstar"), Models.PRODUCT.replace("owner Growth", "owner Billing"));
		Workbench.waitUntil("the editor to show Growth idle instead of Billing", Duration.ofSeconds(60),
				() -> idleTeams(teams).contains("Growth") && !idleTeams(teams).contains("Billing"));
	}

	private static String idleTeams(NorthStarEditor editor) {
		return String.join("\n", Models.problems(editor).stream().filter(text -> text.startsWith("[idle-team]")).toList());
	}
}
