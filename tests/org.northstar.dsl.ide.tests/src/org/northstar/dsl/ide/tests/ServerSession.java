package org.northstar.dsl.ide.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.northstar.dsl.ide.server.NorthStarLanguageServers;
import org.northstar.testing.TestSession;

/**
 * The in-process language server on a project folder of files, driven as an editor would:
 * initialize, open, change, ask. Every question waits for the builds before it, so the
 * diagnostics read afterwards are those of the text as it stands.
 */
final class ServerSession {

	final Path root;
	final LanguageServerImpl server = NorthStarLanguageServers.create(TestSession.get());
	final RecordingClient client = new RecordingClient();
	ServerCapabilities capabilities;
	private final Map<String, Integer> versions = new HashMap<>();
	private final Map<String, String> texts = new HashMap<>();

	private ServerSession(Path root) {
		this.root = root;
	}

	/** Writes the files (name, text, name, text...) into the folder, then starts the server on it. */
	static ServerSession start(Path root, String... namesAndTexts) {
		ServerSession session = new ServerSession(root);
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			session.write(namesAndTexts[i], namesAndTexts[i + 1]);
		}
		session.initialize();
		return session;
	}

	private void write(String name, String text) {
		try {
			Files.writeString(root.resolve(name), text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		texts.put(name, text);
	}

	private void initialize() {
		server.connect(client);
		InitializeParams params = new InitializeParams();
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "project")));
		params.setCapabilities(clientCapabilities());
		capabilities = join(server.initialize(params)).getCapabilities();
		server.initialized(new InitializedParams());
		waitForBuilds();
	}

	/** What VS Code says it can do, as far as our server looks at it. */
	static ClientCapabilities clientCapabilities() {
		TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		textDocument.setDocumentSymbol(symbols);
		RenameCapabilities rename = new RenameCapabilities();
		rename.setPrepareSupport(true);
		textDocument.setRename(rename);
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		return new ClientCapabilities(workspace, textDocument, null);
	}

	String uri(String name) {
		return root.resolve(name).toUri().toString();
	}

	TextDocumentIdentifier document(String name) {
		return new TextDocumentIdentifier(uri(name));
	}

	String text(String name) {
		return texts.get(name);
	}

	void open(String name) {
		versions.put(name, 1);
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(name), "northstar", 1, texts.get(name))));
		waitForBuilds();
	}

	/** Replaces the whole text of an open file, as an editor does after applying an edit. */
	void change(String name, String text) {
		int version = versions.merge(name, 1, Integer::sum);
		texts.put(name, text);
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri(name), version),
				List.of(new TextDocumentContentChangeEvent(text))));
		waitForBuilds();
	}

	/**
	 * Replaces a range of an open file as an editor sends one keystroke (an incremental change), and
	 * returns at once, without waiting for the server's build.
	 */
	int type(String name, Range range, String text) {
		int version = versions.merge(name, 1, Integer::sum);
		Document before = new Document(version, texts.get(name));
		texts.put(name, before.applyChanges(List.of(new TextEdit(range, text))).getContents());
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri(name), version),
				List.of(new TextDocumentContentChangeEvent(range, text))));
		return version;
	}

	/** Replaces the whole text of an open file and returns at once, without waiting for the build; the new version. */
	int replace(String name, String text) {
		int version = versions.merge(name, 1, Integer::sum);
		texts.put(name, text);
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri(name), version),
				List.of(new TextDocumentContentChangeEvent(text))));
		return version;
	}

	List<Diagnostic> diagnostics(String name) {
		return client.diagnostics(uri(name));
	}

	/** The offset of the first occurrence of {@code marker} in the file, plus {@code shift}, as a position. */
	Position positionOf(String name, String marker, int shift) {
		String text = texts.get(name);
		int offset = text.indexOf(marker);
		if (offset < 0) {
			throw new IllegalArgumentException("'" + marker + "' is not in " + name);
		}
		return new Document(1, text).getPosition(offset + shift);
	}

	/** Waits until the server has built every change sent so far. */
	void waitForBuilds() {
		join(server.getRequestManager().runRead(cancelIndicator -> null));
	}

	static <T> T join(CompletableFuture<T> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	/** The text after the edits, applied from the end so that earlier offsets stay valid. */
	static String apply(String text, List<TextEdit> edits) {
		List<TextEdit> fromTheEnd = new ArrayList<>(edits);
		fromTheEnd.sort(Comparator.comparing((TextEdit edit) -> edit.getRange().getStart().getLine())
				.thenComparing(edit -> edit.getRange().getStart().getCharacter()).reversed());
		Document document = new Document(1, text);
		for (TextEdit edit : fromTheEnd) {
			document = document.applyChanges(List.of(edit));
		}
		return document.getContents();
	}
}
