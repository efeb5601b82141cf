package org.northstar.ui.lsp;

import java.util.List;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.SemanticTokensClientCapabilitiesRequests;
import org.eclipse.lsp4j.SynchronizationCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TokenFormat;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;

/** What the studio's editor can do with the server's answers; servers only offer what a client declares. */
final class ClientCapabilitiesFactory {

	/** The token types the editor has colours for (see SemanticHighlighting). */
	static final List<String> TOKEN_TYPES = List.of("namespace", "type", "class", "enum", "enumMember", "property",
			"variable", "keyword", "string", "number", "comment", "function", "parameter", "operator", "macro");

	private ClientCapabilitiesFactory() {
	}

	static ClientCapabilities create() {
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		text.setSynchronization(new SynchronizationCapabilities(false, false, true));
		CompletionItemCapabilities item = new CompletionItemCapabilities(true);
		text.setCompletion(new CompletionCapabilities(item));
		text.setHover(new HoverCapabilities(List.of(MarkupKind.PLAINTEXT, MarkupKind.MARKDOWN), false));
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		text.setCodeAction(new CodeActionCapabilities(new CodeActionLiteralSupportCapabilities(
				new CodeActionKindCapabilities(List.of(CodeActionKind.QuickFix, CodeActionKind.Refactor,
						CodeActionKind.Source, CodeActionKind.Empty))), false));
		RenameCapabilities rename = new RenameCapabilities(true, false);
		text.setRename(rename);
		text.setFoldingRange(new FoldingRangeCapabilities());
		SemanticTokensCapabilities semantic = new SemanticTokensCapabilities(false);
		semantic.setRequests(new SemanticTokensClientCapabilitiesRequests(true));
		semantic.setTokenTypes(TOKEN_TYPES);
		semantic.setTokenModifiers(List.of("declaration", "definition", "readonly", "deprecated"));
		semantic.setFormats(List.of(TokenFormat.Relative));
		text.setSemanticTokens(semantic);
		text.setPublishDiagnostics(new PublishDiagnosticsCapabilities(true));

		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setApplyEdit(true);
		WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
		edits.setDocumentChanges(true);
		workspace.setWorkspaceEdit(edits);
		workspace.setWorkspaceFolders(true);
		workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(false));
		return new ClientCapabilities(workspace, text, null);
	}
}
