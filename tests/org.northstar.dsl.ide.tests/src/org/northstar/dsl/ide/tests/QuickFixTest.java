package org.northstar.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.northstar.core.rules.RuleCatalog;
import org.northstar.core.rules.RuleIds;

/** Each fix is asked for as an editor asks, applied to the text, and the finding is gone after the rebuild. */
class QuickFixTest {

	private static final String FILE = "demo.northstar";

	@TempDir
	Path project;

	private ServerSession session;

	@BeforeEach
	void openProblems() {
		session = ServerSession.start(project, FILE, Models.PROBLEMS);
		session.open(FILE);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			missing-guardrail     | Add a guardrail                                | Demo
			missing-kpi           | Add a business KPI that follows the North Star | Demo
			incomplete-north-star | Add 'window weekly'                            | Plans
			input-count           | Add an input                                   | Plans
			unowned-input         | Make Growth the owner                          | Senders
			unowned-input         | Make Billing the owner                         | Senders
			unresolved-reference  | Create input Missing                           | Missing
			unresolved-reference  | Create team Finance                            | Finance
			missing-guardrail     | Ignore missing-guardrail here                  | Demo
			unowned-input         | Ignore unowned-input here                      | Senders
			""")
	void fixRemovesTheFinding(String rule, String title, String at) {
		Diagnostic finding = finding(rule, at);
		applyAndRebuild(action(finding, title));
		assertTrue(session.diagnostics(FILE).stream().noneMatch(d -> sameFinding(d, rule, at)),
				"after '" + title + "' still " + rule + " at " + at + ":\n" + session.text(FILE));
	}

	@Test
	void guardrailSkeletonIsInsertedAboveTheProductsClosingBrace() {
		applyAndRebuild(action(finding(RuleIds.MISSING_GUARDRAIL, "Demo"), "Add a guardrail"));
		assertTrue(session.text(FILE).endsWith("""
				        owner Billing, Finance  relation multiplicative
				    }
				    guardrail Guardrail "What must not get worse while the North Star climbs" {
				        direction lower  threshold 0
				    }
				}
				"""), session.text(FILE));
		assertTrue(DiagnosticsTest.find(session.diagnostics(FILE), RuleIds.INCOMPLETE_GUARDRAIL).isEmpty());
	}

	@Test
	void ownerIsAddedInsideTheInputsBody() {
		applyAndRebuild(action(finding(RuleIds.UNOWNED_INPUT, "Senders"), "Make Growth the owner"));
		assertTrue(session.text(FILE).contains("""
				        relation multiplicative
				        owner Growth
				    }
				"""), session.text(FILE));
	}

	@Test
	void ignoreCommentStandsOnTheLineAboveTheElement() {
		applyAndRebuild(action(finding(RuleIds.UNOWNED_INPUT, "Senders"), "Ignore unowned-input here"));
		assertTrue(session.text(FILE).contains("""
				    // northstar:ignore unowned-input <why this is fine here>
				    input Senders "People who send a plan each week" {
				"""), session.text(FILE));
	}

	@Test
	void everyModelRuleFindingCanBeIgnored() {
		List<Diagnostic> ruleFindings = session.diagnostics(FILE).stream()
				.filter(d -> RuleCatalog.modelRules().stream().anyMatch(rule -> rule.id().equals(d.getCode().getLeft())))
				.toList();
		assertTrue(ruleFindings.size() >= 5, ruleFindings.toString());
		for (Diagnostic finding : ruleFindings) {
			action(finding, "Ignore " + finding.getCode().getLeft() + " here");
		}
	}

	@Test
	void theRealFixesComeFirstAndIgnoringLast() {
		Diagnostic finding = finding(RuleIds.UNOWNED_INPUT, "Senders");
		List<String> titles = actions(finding).stream().map(CodeAction::getTitle).toList();
		assertEquals(List.of("Make Billing the owner", "Make Growth the owner", "Ignore unowned-input here"),
				titles.stream().filter(t -> t.startsWith("Make ") || t.startsWith("Ignore ")).toList());
		assertEquals("Ignore unowned-input here", titles.get(titles.size() - 1), titles.toString());
	}

	@Test
	void quickFixesAreCodeActionsOfKindQuickFixNamingTheirDiagnostic() {
		Diagnostic finding = finding(RuleIds.MISSING_KPI, "Demo");
		CodeAction action = action(finding, "Add a business KPI that follows the North Star");
		assertEquals(CodeActionKind.QuickFix, action.getKind());
		assertEquals(List.of(finding), action.getDiagnostics());
	}

	private Diagnostic finding(String rule, String at) {
		return session.diagnostics(FILE).stream().filter(d -> sameFinding(d, rule, at)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + rule + " at " + at + " in " + session.diagnostics(FILE)));
	}

	private boolean sameFinding(Diagnostic diagnostic, String rule, String at) {
		return rule.equals(diagnostic.getCode().getLeft())
				&& at.equals(new org.eclipse.xtext.ide.server.Document(1, session.text(FILE)).getSubstring(diagnostic.getRange()));
	}

	private CodeAction action(Diagnostic diagnostic, String title) {
		List<CodeAction> actions = actions(diagnostic);
		return actions.stream().filter(action -> title.equals(action.getTitle())).findFirst()
				.orElseThrow(() -> new AssertionError("no '" + title + "' among " + actions.stream().map(CodeAction::getTitle).toList()));
	}

	private List<CodeAction> actions(Diagnostic diagnostic) {
		CodeActionParams params = new CodeActionParams(session.document(FILE), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		return ServerSession.join(session.server.codeAction(params)).stream().map(Either::getRight)
				.filter(Objects::nonNull).toList();
	}

	private void applyAndRebuild(CodeAction action) {
		List<TextEdit> edits = action.getEdit().getChanges().get(session.uri(FILE));
		session.change(FILE, ServerSession.apply(session.text(FILE), edits));
	}
}
