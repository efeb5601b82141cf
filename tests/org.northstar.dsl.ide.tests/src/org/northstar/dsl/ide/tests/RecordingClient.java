package org.northstar.dsl.ide.tests;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** An editor that only listens: it keeps the diagnostics the server published, the latest per file and all in order. */
class RecordingClient implements LanguageClient {

	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	private final List<PublishDiagnosticsParams> publications = new CopyOnWriteArrayList<>();

	List<Diagnostic> diagnostics(String uri) {
		return diagnostics.getOrDefault(uri, List.of());
	}

	/** Every publication for the file, in the order they came. */
	List<PublishDiagnosticsParams> publications(String uri) {
		return publications.stream().filter(params -> params.getUri().equals(uri)).toList();
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		diagnostics.put(params.getUri(), params.getDiagnostics());
		publications.add(params);
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams message) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}
}
