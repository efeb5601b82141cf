package org.northstar.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.northstar.workspace.tests.Models.PRODUCT;
import static org.northstar.workspace.tests.Models.PRODUCT_FILE;
import static org.northstar.workspace.tests.Models.TEAMS;
import static org.northstar.workspace.tests.Models.TEAMS_FILE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.northstar.core.rules.RuleIds;
import org.northstar.workspace.builder.ProblemMarkers;

/**
 * Incremental builds after one file changed: names resolve across files, so
 * the markers of files that did not change follow too.
 */
class CrossFileTest {

	private TestProject project;

	@RegisterExtension
	final Projects projects = new Projects();

	@BeforeEach
	void buildTwoFiles() throws CoreException {
		project = projects.withTeamsAndProduct("cross-file");
		project.fullBuild();
		assertEquals(1, project.markers(TEAMS_FILE, RuleIds.IDLE_TEAM).size());
	}

	@Test
	void workGivenInTheProductFileClearsIdleTeamInTheTeamsFile() throws CoreException {
		project.write(PRODUCT_FILE, PRODUCT.replace("{ relation additive }", "{ owner Billing relation additive }"));
		project.incrementalBuild();
		assertEquals(List.of(), project.markers(TEAMS_FILE, RuleIds.IDLE_TEAM));
		assertEquals(List.of(), project.markers(PRODUCT_FILE, RuleIds.UNOWNED_INPUT));
	}

	@Test
	void renamingATeamMarksItsUsesInTheProductFile() throws CoreException {
		project.write(TEAMS_FILE, TEAMS.replace("team Growth", "team Marketing"));
		project.incrementalBuild();
		List<Marker> unresolved = project.markers(PRODUCT_FILE, RuleIds.UNRESOLVED_REFERENCE);
		assertEquals(1, unresolved.size(), unresolved::toString);
		assertEquals(3, unresolved.get(0).line());
		assertEquals("Growth", unresolved.get(0).coveredText(PRODUCT));
		assertEquals(IMarker.SEVERITY_ERROR, unresolved.get(0).severity());
	}

	@Test
	void deletingAFileTakesItsMarkersAndUpdatesTheOthers() throws CoreException {
		project.delete(TEAMS_FILE);
		project.incrementalBuild();
		for (IMarker marker : project.allMarkers()) {
			assertEquals(project.file(PRODUCT_FILE), marker.getResource());
		}
		assertEquals(1, project.markers(PRODUCT_FILE, RuleIds.UNRESOLVED_REFERENCE).size());
	}

	@Test
	void aModelRenamedToAnotherExtensionLosesItsMarkers() throws CoreException {
		project.file(PRODUCT_FILE).move(project.file("product.txt").getFullPath(), true, null);
		project.incrementalBuild();
		assertEquals(List.of(), TestProject.markersOf(project.file("product.txt")));
		// Nobody gives Growth work any more.
		assertEquals(2, project.markers(TEAMS_FILE, RuleIds.IDLE_TEAM).size());
	}

	@Test
	void markersThatStayTheSameAreNotRecreated() throws CoreException {
		List<Long> teamMarkers = ids(TEAMS_FILE);
		List<Long> productMarkers = ids(PRODUCT_FILE);
		project.write(PRODUCT_FILE, PRODUCT.replace("{ relation additive }", "{ relation additive direction higher }"));
		project.incrementalBuild();
		assertEquals(teamMarkers, ids(TEAMS_FILE));
		project.write(PRODUCT_FILE, PRODUCT.replace("    input Orders", "\n    input Orders"));
		project.incrementalBuild();
		assertEquals(teamMarkers, ids(TEAMS_FILE));
		assertNotEquals(productMarkers, ids(PRODUCT_FILE), "the product's markers moved a line down");
	}

	@Test
	void aFileChangedWhileTheProjectWasClosedIsCheckedOnceItIsOpen() throws Exception {
		Path product = project.location(PRODUCT_FILE);
		project.project().close(null);
		Files.writeString(product, PRODUCT.replace("{ relation additive }", "{ owner Billing relation additive }"));
		project.project().open(null);
		project.project().refreshLocal(IResource.DEPTH_INFINITE, null);
		project.incrementalBuild();
		assertEquals(List.of(), project.markers(TEAMS_FILE, RuleIds.IDLE_TEAM));
	}

	@Test
	void changesToOtherFilesDoNotRebuild() throws CoreException {
		project.project().deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
		project.write("notes.txt", "Billing needs work");
		project.incrementalBuild();
		assertEquals(List.of(), project.allMarkers(), "an unrelated change made the builder check the models");
	}

	private List<Long> ids(String path) throws CoreException {
		return Arrays.stream(project.file(path).findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.map(IMarker::getId).sorted().toList();
	}
}
