package org.northstar.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.northstar.workspace.tests.Models.PRODUCT;
import static org.northstar.workspace.tests.Models.PRODUCT_FILE;
import static org.northstar.workspace.tests.Models.TEAMS;
import static org.northstar.workspace.tests.Models.TEAMS_FILE;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.northstar.core.rules.RuleIds;
import org.northstar.workspace.builder.NorthStarNature;

/** With automatic builds on (the workbench's default), enabling the nature and every save update the markers. */
class AutoBuildTest {

	@RegisterExtension
	final Projects projects = Projects.withAutoBuild();

	@Test
	void enablingChecksTheModelsAndEveryChangeUpdatesTheMarkers() throws Exception {
		TestProject project = projects.withoutNature("auto-build");
		project.write(TEAMS_FILE, TEAMS);
		project.write(PRODUCT_FILE, PRODUCT);
		TestProject.waitForAutoBuild();
		assertEquals(List.of(), project.allMarkers(), "no nature, no markers");

		NorthStarNature.enable(project.project(), null);
		TestProject.waitForAutoBuild();
		assertEquals(1, project.markers(TEAMS_FILE, RuleIds.IDLE_TEAM).size());

		project.write(PRODUCT_FILE, PRODUCT.replace("{ relation additive }", "{ owner Billing relation additive }"));
		TestProject.waitForAutoBuild();
		assertEquals(List.of(), project.markers(TEAMS_FILE, RuleIds.IDLE_TEAM));

		// Changed by another program (git, a script): the markers follow once the workspace is refreshed.
		Files.writeString(project.location(PRODUCT_FILE), PRODUCT);
		project.project().refreshLocal(IResource.DEPTH_INFINITE, null);
		TestProject.waitForAutoBuild();
		assertEquals(1, project.markers(TEAMS_FILE, RuleIds.IDLE_TEAM).size());
		assertEquals(1, project.markers(PRODUCT_FILE, RuleIds.UNOWNED_INPUT).size());

		NorthStarNature.disable(project.project(), null);
		TestProject.waitForAutoBuild();
		assertEquals(List.of(), project.allMarkers(), "disabling takes the markers away");
	}
}
