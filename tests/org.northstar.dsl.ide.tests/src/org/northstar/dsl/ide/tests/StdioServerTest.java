package org.northstar.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.northstar.core.rules.RuleIds;

/**
 * Whole LSP conversations with the real {@code ./northstar lsp} process, as VS Code or Neovim
 * would have them: initialize, open a model with problems, complete, rename across files, shut down.
 */
class StdioServerTest {

	@TempDir
	Path project;

	@Test
	void conversationOverStdio() throws Exception {
		Files.writeString(project.resolve("teams.northstar"), Models.TEAMS);
		Files.writeString(project.resolve("demo.northstar"), Models.PRODUCT);
		String problemsText = Models.PROBLEMS.replace("package acme.demo", "package acme.other");
		Files.writeString(project.resolve("problems.northstar"), problemsText);
		try (StdioServer lsp = new StdioServer(project)) {
			InitializeParams init = new InitializeParams();
			init.setWorkspaceFolders(List.of(new WorkspaceFolder(project.toUri().toString(), "project")));
			init.setCapabilities(ServerSession.clientCapabilities());
			assertNotNull(lsp.await(lsp.server.initialize(init)).getCapabilities().getCodeActionProvider());
			lsp.server.initialized(new InitializedParams());

			String problems = open(lsp, "problems.northstar", problemsText);
			StdioServer.waitFor(() -> hasFinding(lsp, problems, RuleIds.UNOWNED_INPUT));
			assertTrue(lsp.client.diagnostics(problems).stream().allMatch(d -> "northstar".equals(d.getSource())));

			String product = open(lsp, "demo.northstar", Models.PRODUCT);
			List<CompletionItem> teams = lsp.await(lsp.server.getTextDocumentService().completion(new CompletionParams(
					new TextDocumentIdentifier(product), position(Models.PRODUCT, "owner Growth", "owner ".length()))))
					.getRight().getItems();
			assertTrue(teams.stream().map(CompletionItem::getLabel).toList().containsAll(List.of("Growth", "Billing")), teams.toString());

			WorkspaceEdit rename = lsp.await(lsp.server.getTextDocumentService().rename(new RenameParams(
					new TextDocumentIdentifier(product), position(Models.PRODUCT, "owner Growth", "owner G".length()), "Acquisition")));
			String teamsUri = project.resolve("teams.northstar").toUri().toString();
			assertEquals(Models.TEAMS.replace("team Growth", "team Acquisition"),
					ServerSession.apply(Models.TEAMS, rename.getChanges().get(teamsUri)));
			assertTrue(ServerSession.apply(Models.PRODUCT, rename.getChanges().get(product)).contains("owner Acquisition"));

			assertEquals(0, lsp.shutdownAndExit(), lsp.stderr());
			assertEquals("", lsp.stderr().strip(), "the server wrote to stderr");
		}
	}

	@Test
	void aClientWithoutWorkspaceGetsTheFolderItStartedIn() throws Exception {
		Files.writeString(project.resolve("problems.northstar"), Models.PROBLEMS);
		try (StdioServer lsp = new StdioServer(project)) {
			InitializeParams init = new InitializeParams();
			init.setCapabilities(ServerSession.clientCapabilities());
			lsp.await(lsp.server.initialize(init));
			lsp.server.initialized(new InitializedParams());

			String problems = open(lsp, "problems.northstar", Models.PROBLEMS);
			StdioServer.waitFor(() -> hasFinding(lsp, problems, RuleIds.MISSING_GUARDRAIL));
			assertEquals(0, lsp.shutdownAndExit(), lsp.stderr());
		}
	}

	private String open(StdioServer lsp, String file, String text) {
		String uri = project.resolve(file).toUri().toString();
		lsp.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "northstar", 1, text)));
		return uri;
	}

	private static boolean hasFinding(StdioServer lsp, String uri, String rule) {
		return lsp.client.diagnostics(uri).stream().anyMatch(d -> rule.equals(d.getCode().getLeft()));
	}

	private static Position position(String text, String marker, int shift) {
		return new Document(1, text).getPosition(text.indexOf(marker) + shift);
	}
}
