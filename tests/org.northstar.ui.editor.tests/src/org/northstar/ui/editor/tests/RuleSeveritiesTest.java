package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.northstar.core.rules.Rule;
import org.northstar.core.rules.RuleCatalog;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.core.rules.config.RuleProfile;
import org.northstar.core.rules.config.RuleProfiles;
import org.northstar.workspace.builder.ProblemMarkers;
import org.northstar.ui.preferences.ProjectRuleSeverities;

/** The Rules page writes the project's northstar-rules.properties: the command line reads it, the builder obeys it. */
class RuleSeveritiesTest extends EditorTest {

	@Test
	void aSeveritySetForAProjectReachesTheCommandLinesReaderAndTheMarkers() throws Exception {
		IProject project = Models.teamsAndProduct("editor-rules");
		Rule idleTeam = RuleCatalog.byId(RuleIds.IDLE_TEAM).orElseThrow();
		assertEquals(IMarker.SEVERITY_WARNING, idleSeverity(project));

		ProjectRuleSeverities severities = ProjectRuleSeverities.of(project);
		severities.set(idleTeam, Severity.ERROR);
		severities.save();

		Path file = Path.of(project.getFile(RuleProfiles.FILE_NAME).getLocationURI());
		RuleProfile profile = RuleProfile.read(file);
		assertTrue(profile.problems().isEmpty(), profile.problems().toString());
		assertEquals(Severity.ERROR, profile.severityOf(idleTeam));
		assertEquals(Severity.ERROR, ProjectRuleSeverities.of(project).severityOf(idleTeam), "read back by the page");
		Workbench.waitUntil("the builder to raise idle-team to an error", Duration.ofSeconds(30),
				() -> idleSeverity(project) == IMarker.SEVERITY_ERROR);
	}

	private static int idleSeverity(IProject project) {
		Workbench.waitForBuilds();
		try {
			return Arrays.stream(project.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE))
					.filter(m -> RuleIds.IDLE_TEAM.equals(m.getAttribute(ProblemMarkers.RULE_ID, "")))
					.mapToInt(m -> m.getAttribute(IMarker.SEVERITY, -1)).findFirst().orElse(-1);
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}
}
