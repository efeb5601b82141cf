package org.northstar.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.northstar.cli.Main;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.config.RuleProfiles;
import org.northstar.testing.Fixtures;
import org.northstar.workspace.builder.ProblemMarkers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The build and {@code northstar validate} on the project's folder report the
 * same problems with the same severities: one check, two hosts.
 */
class CommandLineAgreementTest {

	/** What both report of one problem. */
	private record Reported(String file, int line, String severity, String rule, String message, String element) {
	}

	private TestProject project;

	@RegisterExtension
	final Projects projects = new Projects();

	@BeforeEach
	void createProject() throws CoreException {
		project = projects.withNature("agreement");
		for (String model : Fixtures.ALL) {
			project.write("models/" + model, Fixtures.model(model));
		}
		project.write("models/" + Models.TEAMS_FILE, Models.TEAMS);
		project.write("models/" + Models.PRODUCT_FILE, Models.PRODUCT);
		project.write(RuleProfiles.FILE_NAME, "unowned-input = warning\nmissing-north-star = off\n");
		project.write("models/" + RuleProfiles.FILE_NAME, "idle-team = error\n");
	}

	@Test
	void theBuildReportsWhatTheCommandLineReports() throws Exception {
		project.fullBuild();
		Set<Reported> fromMarkers = new HashSet<>();
		for (IMarker marker : project.allMarkers()) {
			Marker m = Marker.of(marker);
			fromMarkers.add(new Reported(marker.getResource().getProjectRelativePath().toString(), m.line(),
					severity(m.severity()), m.ruleId(), m.message(), m.element()));
		}
		Set<Reported> fromCommandLine = commandLine();
		assertTrue(fromCommandLine.size() > 10, fromCommandLine::toString);
		assertTrue(fromCommandLine.stream().anyMatch(r -> r.rule().equals(RuleIds.IDLE_TEAM) && r.severity().equals("error")));
		assertEquals(fromCommandLine, fromMarkers);
	}

	private Set<Reported> commandLine() throws Exception {
		String folder = project.project().getLocation().toString();
		StringWriter out = new StringWriter();
		Main.run(new String[] { "validate", "--format", "json", folder }, new PrintWriter(out), new PrintWriter(new StringWriter()));
		Set<Reported> reported = new HashSet<>();
		for (JsonNode issue : new ObjectMapper().readTree(out.toString()).get("issues")) {
			reported.add(new Reported(issue.get("file").asText().substring(folder.length() + 1), issue.get("line").asInt(),
					issue.get("severity").asText(), issue.get("rule").asText(),
					ProblemMarkers.withRuleId(issue.get("message").asText(), issue.get("rule").asText()),
					issue.get("element").isNull() ? null : issue.get("element").asText()));
		}
		return reported;
	}

	private static String severity(int markerSeverity) {
		return switch (markerSeverity) {
			case IMarker.SEVERITY_ERROR -> "error";
			case IMarker.SEVERITY_WARNING -> "warning";
			default -> "info";
		};
	}
}
