package org.northstar.ui.lsp;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.northstar.dsl.ide.server.NorthStarLanguageServers;
import org.northstar.ui.NorthStarUiPlugin;

/**
 * The workbench's one language server, in-process. It starts on first use, on a thread of its own, and
 * every message to it goes through one client thread in the order it was sent, so a request always sees
 * the changes typed before it and the UI thread never waits for the server to start.
 */
public final class LanguageServerConnection {

	private static LanguageServerConnection instance;

	private final ExecutorService clientThread = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "northstar-lsp-client");
		thread.setDaemon(true);
		return thread;
	});
	private final CompletableFuture<LanguageServerImpl> server;
	private volatile ServerCapabilities capabilities = new ServerCapabilities();
	private final WatchedFiles watchedFiles = new WatchedFiles(this);

	private LanguageServerConnection() {
		server = CompletableFuture.supplyAsync(this::start, clientThread);
	}

	/** The connection, starting the server (in the background) on first use. */
	public static synchronized LanguageServerConnection get() {
		if (instance == null) {
			instance = new LanguageServerConnection();
		}
		return instance;
	}

	/** Called when the workbench stops. */
	public static synchronized void shutdownIfRunning() {
		if (instance != null) {
			instance.shutdown();
			instance = null;
		}
	}

	private LanguageServerImpl start() {
		LanguageServerImpl languageServer = NorthStarLanguageServers.create(NorthStarUiPlugin.session());
		languageServer.connect(new StudioLanguageClient());
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		List<WorkspaceFolder> folders = WorkspaceFolders.current();
		params.setWorkspaceFolders(folders);
		params.setRootUri(folders.isEmpty() ? DocumentUris.of(workspaceRoot()) : folders.get(0).getUri());
		params.setCapabilities(ClientCapabilitiesFactory.create());
		params.setClientInfo(new org.eclipse.lsp4j.ClientInfo("North Star Studio"));
		InitializeResult result = languageServer.initialize(params).join();
		capabilities = result.getCapabilities();
		languageServer.initialized(new InitializedParams());
		watchedFiles.start();
		return languageServer;
	}

	private static Path workspaceRoot() {
		return Path.of(ResourcesPlugin.getWorkspace().getRoot().getLocationURI());
	}

	/** What the server offers; empty until it has started. */
	public ServerCapabilities capabilities() {
		return capabilities;
	}

	public boolean isReady() {
		return server.isDone() && !server.isCompletedExceptionally();
	}

	/** Sends a notification after everything sent before it. */
	public void notify(Consumer<LanguageServerImpl> notification) {
		server.thenAcceptAsync(notification, clientThread).exceptionally(failure -> {
			ILog.of(getClass()).error("A message to the North Star language server failed.", failure);
			return null;
		});
	}

	/** Sends a request after everything sent before it; the answer comes on a server thread. */
	public <T> CompletableFuture<T> request(Function<LanguageServerImpl, CompletableFuture<T>> request) {
		return server.thenComposeAsync(request, clientThread);
	}

	/** Waits until every message sent so far has been handed to the server (for flushing before requests and in tests). */
	public CompletableFuture<Void> sent() {
		return server.thenRunAsync(() -> {
			// the client thread is ordered: reaching this means the earlier messages went out
		}, clientThread);
	}

	private void shutdown() {
		watchedFiles.stop();
		if (server.isDone() && !server.isCompletedExceptionally()) {
			try {
				LanguageServerImpl languageServer = server.join();
				// no exit(): Xtext's exit handler ends the whole process, which is the workbench's to do
				languageServer.shutdown().get(5, TimeUnit.SECONDS);
			} catch (Exception e) {
				ILog.of(getClass()).warn("The North Star language server did not stop cleanly.", e);
			}
		} else {
			server.cancel(true);
		}
		clientThread.shutdownNow();
		PublishedDiagnostics.clear();
	}
}
