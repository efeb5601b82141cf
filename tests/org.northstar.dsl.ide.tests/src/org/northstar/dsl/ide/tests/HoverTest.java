package org.northstar.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoverTest {

	@TempDir
	Path project;

	@Test
	void aMetricSaysWhatItIs() {
		MarkupContent hover = hover("demo.northstar", "input Senders", "input ".length());
		assertEquals(MarkupKind.MARKDOWN, hover.getKind());
		assertContains(hover, "**Input** `Senders`", "People who send a plan each week", "- unit: people",
				"- window: weekly", "- dimension: breadth", "- owner: Growth");
	}

	@Test
	void aReferenceToAMetricDescribesTheMetric() {
		assertContains(hover("demo.northstar", "targets Senders", "targets ".length()), "**Input** `Senders`", "- owner: Growth");
	}

	@Test
	void aTeamSaysWhoLeadsItAndWhatItOwnsAcrossFiles() {
		MarkupContent hover = hover("teams.northstar", "team Growth", "team ".length());
		assertContains(hover, "**Team** `Growth`", "- lead: Dana Ortiz", "- owns: Senders", "- work streams: Onboarding");
	}

	@Test
	void aFindingExplainsItsRule() {
		ServerSession session = ServerSession.start(project, "demo.northstar", Models.PROBLEMS);
		session.open("demo.northstar");
		MarkupContent hover = ServerSession.join(session.server.hover(new HoverParams(session.document("demo.northstar"),
				session.positionOf("demo.northstar", "product Demo", "product D".length())))).getContents().getRight();
		assertContains(hover, "**No guardrail paired with the North Star** (`missing-guardrail`)", "Goodhart",
				"**No business KPI** (`missing-kpi`)");
	}

	private MarkupContent hover(String file, String marker, int shift) {
		ServerSession session = ServerSession.start(project, "teams.northstar", Models.TEAMS, "demo.northstar", Models.PRODUCT);
		session.open(file);
		return ServerSession.join(session.server.hover(new HoverParams(session.document(file),
				session.positionOf(file, marker, shift)))).getContents().getRight();
	}

	private static void assertContains(MarkupContent hover, String... parts) {
		for (String part : parts) {
			assertTrue(hover.getValue().contains(part), "'" + part + "' missing from:\n" + hover.getValue());
		}
	}
}
