package org.northstar.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormattingAndTokensTest {

	private static final String FILE = "demo.northstar";

	@TempDir
	Path project;

	/** One decoded semantic token: where, what type, which modifiers. */
	record Token(int line, int character, int length, String type, List<String> modifiers) {
	}

	@Test
	void formattingGivesTheCanonicalLayoutAndThenNothingMore() {
		String messy = "package acme.demo\nteam   Growth\nproduct Demo{value \"Plans\"\n  game   productivity}\n";
		ServerSession session = ServerSession.start(project, FILE, messy);
		session.open(FILE);
		List<? extends TextEdit> edits = format(session);
		assertFalse(edits.isEmpty());
		String formatted = ServerSession.apply(messy, List.copyOf(edits));
		assertTrue(formatted.contains("team Growth\n"), formatted);

		session.change(FILE, formatted);
		assertEquals(formatted, ServerSession.apply(formatted, List.copyOf(format(session))));
	}

	@Test
	void legendUsesStandardTypesForOurElements() {
		ServerSession session = ServerSession.start(project, FILE, Models.PRODUCT);
		SemanticTokensLegend legend = session.capabilities.getSemanticTokensProvider().getLegend();
		assertTrue(legend.getTokenTypes().containsAll(List.of("variable", "type", "class", "enumMember")), legend.toString());
		assertTrue(legend.getTokenModifiers().contains("declaration"), legend.toString());
		assertTrue(session.capabilities.getSemanticTokensProvider().getFull().getLeft());
	}

	@Test
	void tokensMarkMetricsTeamsAndValues() {
		ServerSession session = ServerSession.start(project, "teams.northstar", Models.TEAMS, FILE, Models.PRODUCT);
		session.open(FILE);
		List<Token> tokens = tokens(session);

		assertToken(tokens, session.positionOf(FILE, "input Senders", "input ".length()), "Senders", "variable", "declaration");
		assertToken(tokens, session.positionOf(FILE, "* Payers", 2), "Payers", "variable");
		assertToken(tokens, session.positionOf(FILE, "owner Growth", "owner ".length()), "Growth", "type");
		assertToken(tokens, session.positionOf(FILE, "product Demo", "product ".length()), "Demo", "class", "declaration");
		assertToken(tokens, session.positionOf(FILE, "window weekly", "window ".length()), "weekly", "enumMember");
		assertToken(tokens, session.positionOf(FILE, "productivity", 0), "productivity", "enumMember");
	}

	private static void assertToken(List<Token> tokens, Position at, String text, String type, String... modifiers) {
		Token expected = new Token(at.getLine(), at.getCharacter(), text.length(), type, List.of(modifiers));
		assertTrue(tokens.contains(expected), expected + " missing from " + tokens);
	}

	private static List<? extends TextEdit> format(ServerSession session) {
		return ServerSession.join(session.server.formatting(
				new DocumentFormattingParams(session.document(FILE), new FormattingOptions(4, true))));
	}

	/** Decodes LSP's relative encoding: five integers per token, line and start relative to the previous one. */
	private static List<Token> tokens(ServerSession session) {
		SemanticTokensLegend legend = session.capabilities.getSemanticTokensProvider().getLegend();
		List<Integer> data = ServerSession.join(session.server.semanticTokensFull(new SemanticTokensParams(session.document(FILE)))).getData();
		List<Token> tokens = new ArrayList<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			List<String> modifiers = new ArrayList<>();
			for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
				if ((data.get(i + 4) & (1 << bit)) != 0) {
					modifiers.add(legend.getTokenModifiers().get(bit));
				}
			}
			tokens.add(new Token(line, character, data.get(i + 2), legend.getTokenTypes().get(data.get(i + 3)), modifiers));
		}
		return tokens;
	}
}
