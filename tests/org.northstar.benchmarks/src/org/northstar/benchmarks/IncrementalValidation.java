package org.northstar.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.northstar.core.check.LanguageSession;
import org.northstar.dsl.ide.server.NorthStarLanguageServers;

/**
 * Re-validation after a one-line change, as an editor sees it: the in-process language server has
 * built the whole workspace; one open file changes one line; the time runs until that file's
 * diagnostics are published.
 */
final class IncrementalValidation implements LanguageClient, AutoCloseable {

	private final LanguageServerImpl server;
	private final BlockingQueue<String> published = new LinkedBlockingQueue<>();
	private final String uri;
	private final String text;
	private int version = 1;

	IncrementalValidation(LanguageSession session, Path workspace, Path file) throws Exception {
		this.server = NorthStarLanguageServers.create(session);
		this.uri = file.toUri().toString();
		this.text = Files.readString(file);
		server.connect(this);
		InitializeParams init = new InitializeParams();
		init.setRootUri(workspace.toUri().toString());
		server.initialize(init).get(10, TimeUnit.MINUTES);
		server.initialized(new InitializedParams());
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "northstar", version, text)));
		awaitDiagnostics();
	}

	/** Changes one line (a description, alternately) and waits for the file's new diagnostics. */
	Object changeOneLine() throws InterruptedException {
		published.clear();
		version++;
		String changed = text.replace("get their work done without waiting", "get their work done, version " + version);
		DidChangeTextDocumentParams change = new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(changed)));
		server.getTextDocumentService().didChange(change);
		awaitDiagnostics();
		return change;
	}

	private void awaitDiagnostics() throws InterruptedException {
		while (true) {
			String next = published.poll(10, TimeUnit.MINUTES);
			if (next == null) {
				throw new IllegalStateException("no diagnostics for " + uri + " within 10 minutes");
			}
			// the server may spell the file URI differently (file:/ or file:///): compare paths
			if (java.net.URI.create(next).getPath().equals(java.net.URI.create(uri).getPath())) {
				return;
			}
		}
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		published.add(diagnostics.getUri());
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams message) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}

	@Override
	public void close() throws Exception {
		server.shutdown().get(1, TimeUnit.MINUTES);
	}
}
