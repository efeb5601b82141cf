package org.northstar.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.northstar.core.check.LanguageSession;

import com.google.inject.Guice;

/** Makes language servers: one per client, in-process (the studio's editor) or over streams (northstar lsp). */
public final class NorthStarLanguageServers {

	private NorthStarLanguageServers() {
	}

	/**
	 * A new server inside the caller's process (the studio's editor); the caller connects its client
	 * with {@link LanguageServerImpl#connect(LanguageClient)}. The client's {@code exit} does not end
	 * the process. {@code session} must have been started with the editor services ({@code NorthStarIdeSetup}).
	 */
	public static LanguageServerImpl create(LanguageSession session) {
		return create(session, false);
	}

	private static LanguageServerImpl create(LanguageSession session, boolean ownProcess) {
		return Guice.createInjector(new NorthStarServerModule(session, ownProcess)).getInstance(LanguageServerImpl.class);
	}

	/**
	 * Serves one client over JSON-RPC on the given streams (stdio for {@code northstar lsp}) until the
	 * input ends; the returned future completes then. The server owns the process: the client's
	 * {@code exit} ends it (status 0 after {@code shutdown}, 1 without, as LSP says). A message with a
	 * broken {@code Content-Length} header is dropped with a line on stderr; the ones after it are served.
	 */
	public static Future<Void> serve(LanguageSession session, InputStream in, OutputStream out) {
		LanguageServerImpl server = create(session, true);
		ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "northstar-lsp");
			thread.setDaemon(true);
			return thread;
		});
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(new ContentLengthFraming(in, System.err)).setOutput(out).setExecutorService(executor)
				.create();
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}
}
