package org.northstar.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.northstar.workspace.tests.Models.PRODUCT;
import static org.northstar.workspace.tests.Models.PRODUCT_FILE;
import static org.northstar.workspace.tests.Models.TEAMS;
import static org.northstar.workspace.tests.Models.TEAMS_FILE;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.config.RuleProfiles;

/** northstar-rules.properties in the project is an input of the build: editing it changes severities. */
class RuleProfileBuildTest {

	private TestProject project;

	@RegisterExtension
	final Projects projects = new Projects();

	@BeforeEach
	void buildTwoFiles() throws CoreException {
		project = projects.withNature("profiles");
		project.write(TEAMS_FILE, TEAMS);
		project.write("models/" + PRODUCT_FILE, PRODUCT);
		project.fullBuild();
		assertEquals(List.of(IMarker.SEVERITY_ERROR), severities("models/" + PRODUCT_FILE, RuleIds.UNOWNED_INPUT));
	}

	@Test
	void aProfileChangesSeveritiesAndOffRemovesTheMarkers() throws CoreException {
		project.write(RuleProfiles.FILE_NAME, "unowned-input = warning\n");
		project.incrementalBuild();
		assertEquals(List.of(IMarker.SEVERITY_WARNING), severities("models/" + PRODUCT_FILE, RuleIds.UNOWNED_INPUT));

		project.write(RuleProfiles.FILE_NAME, "unowned-input = off\nidle-team = error\n");
		project.incrementalBuild();
		assertEquals(List.of(), severities("models/" + PRODUCT_FILE, RuleIds.UNOWNED_INPUT));
		assertEquals(List.of(IMarker.SEVERITY_ERROR), severities(TEAMS_FILE, RuleIds.IDLE_TEAM));

		project.delete(RuleProfiles.FILE_NAME);
		project.incrementalBuild();
		assertEquals(List.of(IMarker.SEVERITY_ERROR), severities("models/" + PRODUCT_FILE, RuleIds.UNOWNED_INPUT));
		assertEquals(List.of(IMarker.SEVERITY_WARNING), severities(TEAMS_FILE, RuleIds.IDLE_TEAM));
	}

	@Test
	void aProfileInAFolderWinsForTheModelsBelowIt() throws CoreException {
		project.write(RuleProfiles.FILE_NAME, "unowned-input = info\nidle-team = info\n");
		project.write("models/" + RuleProfiles.FILE_NAME, "unowned-input = warning\n");
		project.incrementalBuild();
		assertEquals(List.of(IMarker.SEVERITY_WARNING), severities("models/" + PRODUCT_FILE, RuleIds.UNOWNED_INPUT));
		assertEquals(List.of(IMarker.SEVERITY_INFO), severities(TEAMS_FILE, RuleIds.IDLE_TEAM));
	}

	@Test
	void mistakesInAProfileAreWarningsOnTheModels() throws CoreException {
		project.write(RuleProfiles.FILE_NAME, "unowned = off\n");
		project.incrementalBuild();
		List<Marker> problems = project.markers(TEAMS_FILE, "rules-profile");
		assertEquals(1, problems.size(), problems::toString);
		assertEquals(IMarker.SEVERITY_WARNING, problems.get(0).severity());
	}

	private List<Integer> severities(String path, String ruleId) throws CoreException {
		return project.markers(path, ruleId).stream().map(Marker::severity).toList();
	}
}
