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

	static Optional<Diagnostic> find(List<Diagnostic> diagnostics, String code) {
		return diagnostics.stream().filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft())).findFirst();
	}
}
