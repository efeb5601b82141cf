package org.northstar.dsl.ide.server;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's language server with our diagnostics' source set, so that clients which show several
 * servers' problems side by side (VS Code, Neovim) can say where a finding comes from, and their
 * publications stamped with the document version they were computed from. The
 * diagnostic's code is the issue code, which is the rule id, already in Xtext's conversion.
 */
public class NorthStarLanguageServer extends LanguageServerImpl {

	/** The {@code source} of every diagnostic this server publishes. */
	public static final String DIAGNOSTIC_SOURCE = "northstar";

	/**
	 * A client that opens a single file names no workspace (Neovim without a root, for one); Xtext
	 * needs one, so the folder the server was started in stands in, as it would for
	 * {@code northstar validate .}.
	 */
	@Override
	@SuppressWarnings("deprecation") // rootUri is the one workspace field every client version knows
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		boolean noFolders = params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty();
		if (noFolders && params.getRootUri() == null && params.getRootPath() == null) {
			params.setRootUri(Path.of("").toAbsolutePath().toUri().toString());
		}
		return super.initialize(params);
	}

	/**
	 * A request no one serves is answered MethodNotFound (-32601), as LSP says, where Xtext threw
	 * an exception that reached the client as an internal error with a Java stack trace.
	 */
	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		if (!getExtensionProviders().containsKey(method)) {
			return CompletableFuture.failedFuture(new ResponseErrorException(
					new ResponseError(ResponseErrorCode.MethodNotFound, "Unsupported request method: " + method, null)));
		}
		return super.request(method, parameter);
	}

	/**
	 * The client, told with every diagnostics publication which version of an open document it
	 * belongs to (see {@link VersionedDiagnostics}).
	 */
	@Override
	public void connect(LanguageClient client) {
		super.connect(getWorkspaceManager() instanceof ClientVersions versions
				? VersionedDiagnostics.wrap(client, versions::openVersion)
				: client);
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setSource(DIAGNOSTIC_SOURCE);
		return diagnostic;
	}
}
