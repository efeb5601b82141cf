package org.northstar.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rename, references, definition, highlights, outline and folding on a project of two files. */
class NavigationTest {

	private static final String TEAMS = "teams.northstar";
	private static final String PRODUCT = "demo.northstar";

	@TempDir
	Path project;

	private ServerSession session;

	@BeforeEach
	void startOnTwoFiles() {
		session = ServerSession.start(project, TEAMS, Models.TEAMS, PRODUCT, Models.PRODUCT);
		session.open(PRODUCT);
	}

	@Test
	void renamingATeamChangesItsDeclarationAndEveryReferenceInBothFiles() {
		WorkspaceEdit edit = ServerSession.join(session.server.rename(new RenameParams(session.document(PRODUCT),
				session.positionOf(PRODUCT, "owner Growth", "owner G".length()), "Acquisition")));
		Map<String, List<TextEdit>> changes = changes(edit);

		assertEquals(Models.TEAMS.replace("team Growth", "team Acquisition"),
				ServerSession.apply(Models.TEAMS, changes.get(session.uri(TEAMS))));
		assertEquals(Models.PRODUCT.replace("owner Growth", "owner Acquisition").replace("team Growth", "team Acquisition"),
				ServerSession.apply(Models.PRODUCT, changes.get(session.uri(PRODUCT))));
	}

	@Test
	void renamingAMetricChangesFormulaAndTargets() {
		WorkspaceEdit edit = ServerSession.join(session.server.rename(new RenameParams(session.document(PRODUCT),
				session.positionOf(PRODUCT, "input Senders", "input S".length()), "Planners")));
		assertEquals(Models.PRODUCT.replace("Senders", "Planners"),
				ServerSession.apply(Models.PRODUCT, changes(edit).get(session.uri(PRODUCT))));
	}

	@Test
	void prepareRenameGivesTheNameUnderTheCursor() {
		var result = ServerSession.join(session.server.prepareRename(new PrepareRenameParams(session.document(PRODUCT),
				session.positionOf(PRODUCT, "owner Growth", "owner Gr".length()))));
		Range range = result.isFirst() ? result.getFirst() : result.getSecond().getRange();
		assertEquals(session.positionOf(PRODUCT, "owner Growth", "owner ".length()), range.getStart());
		assertEquals(session.positionOf(PRODUCT, "owner Growth", "owner Growth".length()), range.getEnd());
	}

	@Test
	void definitionOfAReferenceIsTheDeclarationInTheOtherFile() {
		List<? extends Location> locations = ServerSession.join(session.server.definition(new DefinitionParams(
				session.document(PRODUCT), session.positionOf(PRODUCT, "owner Growth", "owner G".length())))).getLeft();
		assertEquals(1, locations.size());
		assertEquals(session.uri(TEAMS), locations.get(0).getUri());
	}

	@Test
	void referencesOfATeamAreFoundInEveryFile() {
		session.open(TEAMS);
		ReferenceParams params = new ReferenceParams(session.document(TEAMS),
				session.positionOf(TEAMS, "team Growth", "team G".length()), new ReferenceContext(false));
		List<? extends Location> references = ServerSession.join(session.server.references(params));
		assertEquals(2, references.size(), references.toString());
		assertTrue(references.stream().allMatch(location -> session.uri(PRODUCT).equals(location.getUri())));
	}

	@Test
	void highlightsMarkEveryUseOfTheNameInTheFile() {
		List<? extends DocumentHighlight> highlights = ServerSession.join(session.server.documentHighlight(
				new DocumentHighlightParams(session.document(PRODUCT), session.positionOf(PRODUCT, "input Senders", "input S".length()))));
		assertEquals(3, highlights.size(), highlights.toString()); // declaration, formula term, targets
	}

	@Test
	void outlineNestsTheTreeUnderItsProduct() {
		List<DocumentSymbol> symbols = symbols(PRODUCT);
		assertEquals(1, symbols.size());
		DocumentSymbol product = symbols.get(0);
		assertEquals("Demo", product.getName());
		assertEquals(SymbolKind.Module, product.getKind());
		assertEquals(List.of("Plans", "Senders", "Payers", "Onboarding"),
				product.getChildren().stream().map(DocumentSymbol::getName).toList());
		assertEquals(SymbolKind.Constant, product.getChildren().get(0).getKind());
		assertEquals(SymbolKind.Field, product.getChildren().get(1).getKind());

		List<DocumentSymbol> teams = symbols(TEAMS);
		assertEquals(List.of("Growth", "Billing"), teams.stream().map(DocumentSymbol::getName).toList());
		assertEquals(SymbolKind.Struct, teams.get(0).getKind());
	}

	@Test
	void bodiesFold() {
		List<FoldingRange> ranges = ServerSession.join(session.server.foldingRange(new FoldingRangeRequestParams(session.document(PRODUCT))));
		assertFalse(ranges.isEmpty());
		assertTrue(ranges.stream().anyMatch(range -> range.getStartLine() == 2), ranges.toString()); // product Demo {
	}

	private List<DocumentSymbol> symbols(String file) {
		return ServerSession.join(session.server.documentSymbol(new DocumentSymbolParams(session.document(file)))).stream()
				.map(Either::getRight).toList();
	}

	/** The edits per file; Xtext gives them as plain changes since the client does not ask for document changes. */
	private static Map<String, List<TextEdit>> changes(WorkspaceEdit edit) {
		assertNotNull(edit.getChanges(), edit.toString());
		return edit.getChanges();
	}
}
