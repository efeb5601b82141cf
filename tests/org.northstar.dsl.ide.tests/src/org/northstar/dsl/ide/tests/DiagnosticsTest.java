package org.northstar.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.northstar.core.rules.RuleIds;

class DiagnosticsTest {

	@TempDir
	Path project;

	@Test
	void everyDiagnosticCarriesItsRuleIdAndOurSource() {
		ServerSession session = ServerSession.start(project, "demo.northstar", Models.PROBLEMS);
		session.open("demo.northstar");
		List<Diagnostic> diagnostics = session.diagnostics("demo.northstar");

		assertFalse(diagnostics.isEmpty());
		for (Diagnostic diagnostic : diagnostics) {
			assertEquals("northstar", diagnostic.getSource(), diagnostic.toString());
			assertTrue(diagnostic.getCode().isLeft() && !diagnostic.getCode().getLeft().isBlank(), diagnostic.toString());
		}
		assertEquals(DiagnosticSeverity.Warning, find(diagnostics, RuleIds.MISSING_GUARDRAIL).orElseThrow().getSeverity());
		assertEquals(DiagnosticSeverity.Error, find(diagnostics, RuleIds.UNOWNED_INPUT).orElseThrow().getSeverity());
		assertEquals(DiagnosticSeverity.Error, find(diagnostics, RuleIds.UNRESOLVED_REFERENCE).orElseThrow().getSeverity());
	}

	@Test
	void severitiesFollowTheProfileNextToTheFile() {
		ServerSession session = ServerSession.start(project, ".project", "",
				"northstar-rules.properties", "missing-guardrail = error\nunowned-input = off\n",
				"demo.northstar", Models.PROBLEMS);
		session.open("demo.northstar");
		List<Diagnostic> diagnostics = session.diagnostics("demo.northstar");

		assertEquals(DiagnosticSeverity.Error, find(diagnostics, RuleIds.MISSING_GUARDRAIL).orElseThrow().getSeverity());
		assertTrue(find(diagnostics, RuleIds.UNOWNED_INPUT).isEmpty(), diagnostics.toString());
	}

	/**
	 * Whether a team is idle is said in the team's file but decided by the others: moving an owner in
	 * one file republishes the teams file with the new judgement, and a change of words alone does not
	 * make the server validate the teams file again.
	 */
	@Test
	void aTeamsFileIsJudgedAgainWhenAnotherFileMovesWorkAndOnlyThen() {
		String product = "package acme\nproduct P {\n    input I \"Visitors a week\" { owner Growth relation additive }\n}\n";
		ServerSession session = ServerSession.start(project, "teams.northstar", "package acme\nteam Growth\nteam Billing\n",
				"p.northstar", product);
		session.open("teams.northstar");
		session.open("p.northstar");
		assertEquals(List.of("Billing"), idleTeams(session));

		session.change("p.northstar", product.replace("owner Growth", "owner Billing"));
		assertEquals(List.of("Growth"), idleTeams(session));

		int published = session.client.publications(session.uri("teams.northstar")).size();
		session.change("p.northstar", product.replace("owner Growth", "owner Billing").replace("Visitors a week", "Visits a week"));
		assertEquals(published, session.client.publications(session.uri("teams.northstar")).size(),
				"the teams file was validated again though no work moved");
		assertEquals(List.of("Growth"), idleTeams(session));
	}

	private static List<String> idleTeams(ServerSession session) {
		String text = session.text("teams.northstar");
		return session.diagnostics("teams.northstar").stream().filter(d -> RuleIds.IDLE_TEAM.equals(d.getCode().getLeft()))
				.map(d -> text.lines().toList().get(d.getRange().getStart().getLine()).replace("team ", "").strip()).toList();
	}

	static Optional<Diagnostic> find(List<Diagnostic> diagnostics, String code) {
		return diagnostics.stream().filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft())).findFirst();
	}
}
