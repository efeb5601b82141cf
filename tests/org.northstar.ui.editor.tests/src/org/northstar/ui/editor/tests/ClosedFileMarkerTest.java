package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.northstar.core.rules.RuleIds;
import org.northstar.workspace.builder.ProblemMarkers;
import org.northstar.ui.editor.DiagnosticAnnotation;
import org.northstar.ui.editor.NorthStarEditor;
import org.northstar.ui.lsp.DocumentUris;
import org.northstar.ui.lsp.PublishedDiagnostics;

/** A change saved in one editor moves a problem of a closed file: the builder's marker and the server agree. */
class ClosedFileMarkerTest extends EditorTest {

	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Models.teamsAndProduct("editor-markers");
	}

	@Test
	void theIdleTeamOfAClosedFileFollowsTheOwnerChangedElsewhere() {
		IFile teams = project.getFile("teams.northstar");
		Workbench.waitUntil("Billing to be idle", Duration.ofSeconds(30), () -> idleMarkers(teams).contains("Billing"));
		NorthStarEditor product = Models.open(project.getFile("product.northstar"));
		Workbench.onUi(() -> {
			var document = Models.document(product);
			document.set(document.get().replace("owner Growth", "owner Billing"));
			product.doSave(null);
		});
		Workbench.waitUntil("the builder to mark Growth idle instead of Billing", Duration.ofSeconds(60),
				() -> idleMarkers(teams).contains("Growth") && !idleMarkers(teams).contains("Billing"));
		Path key = DocumentUris.key(DocumentUris.of(teams));
		Workbench.waitUntil("the server to agree on the closed file", Duration.ofSeconds(60), () -> {
			List<Diagnostic> diagnostics = PublishedDiagnostics.of(key);
			String idle = String.join("\n", diagnostics.stream()
					.filter(d -> d.getCode() != null && RuleIds.IDLE_TEAM.equals(d.getCode().getLeft()))
					.map(DiagnosticAnnotation::message).toList());
			return idle.contains("Growth") && !idle.contains("Billing");
		});
		assertTrue(idleMarkers(teams).contains("Growth"));
	}

	private static String idleMarkers(IFile file) {
		try {
			Workbench.waitForBuilds();
			return String.join("\n", Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.filter(m -> RuleIds.IDLE_TEAM.equals(m.getAttribute(ProblemMarkers.RULE_ID, "")))
					.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}
}
