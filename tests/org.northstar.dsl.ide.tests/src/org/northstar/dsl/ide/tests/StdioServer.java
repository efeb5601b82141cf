package org.northstar.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/** The real {@code ./northstar lsp} process in a folder, with an LSP4J client connected to its stdio. */
final class StdioServer implements AutoCloseable {

	static final long TIMEOUT_SECONDS = 60;

	final RecordingClient client = new RecordingClient();
	final LanguageServer server;
	private final Process process;
	private final File stderr;

	StdioServer(Path folder) throws IOException {
		stderr = Files.createTempFile("northstar-lsp", ".stderr").toFile();
		process = new ProcessBuilder(script(), "lsp").directory(folder.toFile()).redirectError(stderr).start();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
				process.getOutputStream());
		launcher.startListening();
		server = launcher.getRemoteProxy();
	}

	<T> T await(CompletableFuture<T> answer) throws Exception {
		return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

	/** Shuts the server down as an editor does and returns the process's exit status. */
	int shutdownAndExit() throws Exception {
		await(server.shutdown());
		server.exit();
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			throw new AssertionError("the server did not end after exit");
		}
		return process.exitValue();
	}

	String stderr() throws IOException {
		return Files.readString(stderr.toPath());
	}

	@Override
	public void close() {
		process.destroyForcibly();
		stderr.delete();
	}

	static void waitFor(BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("timed out");
			}
			Thread.sleep(50);
		}
	}

	private static String script() {
		String script = System.getProperty("northstar.script");
		assertNotNull(script, "the test bundle's pom passes the path of ./northstar as northstar.script");
		return script;
	}
}
