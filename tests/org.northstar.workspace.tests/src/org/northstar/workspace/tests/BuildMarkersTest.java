package org.northstar.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.northstar.workspace.tests.Models.PRODUCT;
import static org.northstar.workspace.tests.Models.PRODUCT_FILE;
import static org.northstar.workspace.tests.Models.TEAMS;
import static org.northstar.workspace.tests.Models.TEAMS_FILE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.northstar.core.rules.RuleIds;
import org.northstar.workspace.builder.ProblemMarkers;

/** What one build leaves in the Problems view: a marker per problem, on its file, where the problem is. */
class BuildMarkersTest {

	private TestProject project;

	@RegisterExtension
	final Projects projects = new Projects();

	@BeforeEach
	void createProject() throws CoreException {
		project = projects.withTeamsAndProduct("markers");
	}

	@Test
	void eachProblemIsAMarkerOnItsFileWithRuleLineSeverityAndElement() throws CoreException {
		project.fullBuild();
		List<Marker> unowned = project.markers(PRODUCT_FILE, RuleIds.UNOWNED_INPUT);
		assertEquals(1, unowned.size(), unowned::toString);
		Marker orders = unowned.get(0);
		assertEquals(4, orders.line());
		assertEquals(IMarker.SEVERITY_ERROR, orders.severity());
		assertEquals("Orders", orders.coveredText(PRODUCT));
		assertEquals("acme.Shop.Orders", orders.element());
		assertTrue(orders.message().contains("'Orders' has no owner"), orders::message);

		List<Marker> idle = project.markers(TEAMS_FILE, RuleIds.IDLE_TEAM);
		assertEquals(1, idle.size(), idle::toString);
		assertEquals(4, idle.get(0).line());
		assertEquals(IMarker.SEVERITY_WARNING, idle.get(0).severity());
		assertEquals("Billing", idle.get(0).coveredText(TEAMS));
	}

	@Test
	void markersAreProblemAndTextMarkersWithALocation() throws CoreException {
		project.fullBuild();
		IMarker marker = project.file(PRODUCT_FILE).findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)[0];
		assertTrue(marker.isSubtypeOf(IMarker.PROBLEM));
		assertTrue(marker.isSubtypeOf(IMarker.TEXT));
		assertTrue(marker.getAttribute(IMarker.LOCATION, "").startsWith("line "), marker.getAttribute(IMarker.LOCATION, ""));
	}

	@Test
	void syntaxErrorsAreSyntaxMarkersOnTheirLine() throws CoreException {
		String broken = "package acme\nproduct Shop {\n    input Visitors { owner Growth }\n    input {\n}\n";
		project.write(PRODUCT_FILE, broken);
		project.fullBuild();
		List<Marker> syntax = project.markers(PRODUCT_FILE, RuleIds.SYNTAX);
		assertTrue(!syntax.isEmpty(), () -> "no syntax marker: " + markers());
		assertEquals(4, syntax.get(0).line());
		assertEquals(IMarker.SEVERITY_ERROR, syntax.get(0).severity());
	}

	@Test
	void aBinaryOrNonUtf8FileIsOneClearMarkerAndTheOthersAreStillChecked() throws CoreException {
		project.write("logo.northstar", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2 });
		project.write("legacy.northstar", "team Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		project.fullBuild();
		assertWholeFileError(project.markers("logo.northstar"), "binary file");
		assertWholeFileError(project.markers("legacy.northstar"), "not UTF-8");
		assertEquals(1, project.markers(PRODUCT_FILE, RuleIds.UNOWNED_INPUT).size(), this::markers);
	}

	@Test
	void aFileGoneFromDiskBeforeARefreshIsAMarkerNotAnException() throws CoreException, IOException {
		Files.delete(project.location(TEAMS_FILE));
		project.fullBuild();
		List<Marker> markers = project.markers(TEAMS_FILE);
		assertEquals(1, markers.size(), markers::toString);
		assertTrue(markers.get(0).message().startsWith("[syntax] The file cannot be read"), markers.get(0)::message);
		assertEquals(1, project.markers(PRODUCT_FILE, RuleIds.UNRESOLVED_REFERENCE).size(), this::markers);
	}

	@Test
	void cleanRemovesTheMarkersAndTheNextBuildChecksEverythingAgain() throws CoreException {
		project.fullBuild();
		int before = project.allMarkers().size();
		assertTrue(before > 0);
		project.clean();
		assertEquals(List.of(), project.allMarkers());

		project.write("notes.txt", "no model changed since the clean");
		project.incrementalBuild();
		assertEquals(before, project.allMarkers().size());
	}

	@Test
	void derivedFilesAreNotChecked() throws CoreException {
		project.write("bin/copy/product.northstar", PRODUCT);
		project.project().getFolder("bin").setDerived(true, null);
		project.fullBuild();
		assertEquals(List.of(), project.markers("bin/copy/product.northstar"));
		assertEquals(1, project.markers(PRODUCT_FILE, RuleIds.UNOWNED_INPUT).size(), this::markers);
	}

	private static void assertWholeFileError(List<Marker> markers, String why) {
		assertEquals(1, markers.size(), markers::toString);
		Marker marker = markers.get(0);
		assertEquals(RuleIds.SYNTAX, marker.ruleId());
		assertEquals(1, marker.line());
		assertEquals(IMarker.SEVERITY_ERROR, marker.severity());
		assertTrue(marker.message().contains(why), marker::message);
	}

	private String markers() {
		try {
			return project.allMarkers().stream().map(Marker::of).toList().toString();
		} catch (CoreException e) {
			return e.toString();
		}
	}
}
