package org.northstar.ui.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.ILog;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;

/** The studio as the server's client: diagnostics go to the editors, edits to the documents, messages to the log. */
final class StudioLanguageClient implements LanguageClient {

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		PublishedDiagnostics.publish(diagnostics);
	}

	@Override
	public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
		boolean applied = WorkspaceEdits.applyOnUiThread(params.getEdit(), params.getLabel());
		return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(applied));
	}

	@Override
	public void showMessage(MessageParams message) {
		log(message);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		log(request);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		// the server logs progress chatter at Log/Info: only problems are worth the user's error log
		if (message.getType() == MessageType.Error || message.getType() == MessageType.Warning) {
			log(message);
		}
	}

	@Override
	public CompletableFuture<List<WorkspaceFolder>> workspaceFolders() {
		return CompletableFuture.completedFuture(WorkspaceFolders.current());
	}

	@Override
	public void telemetryEvent(Object object) {
		// nothing is collected
	}

	private static void log(MessageParams message) {
		ILog log = ILog.of(StudioLanguageClient.class);
		switch (message.getType()) {
			case Error -> log.error("Language server: " + message.getMessage());
			case Warning -> log.warn("Language server: " + message.getMessage());
			default -> log.info("Language server: " + message.getMessage());
		}
	}
}
