package org.northstar.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.northstar.dsl.ide.server.NorthStarLanguageServers;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code northstar lsp}: the language server for VS Code, Neovim and other editors, speaking LSP
 * (JSON-RPC) over stdin and stdout until the editor says {@code exit} or closes stdin.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "Serve the Language Server Protocol over stdin/stdout (for VS Code, Neovim and other editors).",
				"Diagnostics carry the rule id as their code; see the README's Editors section." })
final class LspCommand implements Callable<Integer> {

	/**
	 * LSP4J reports a failed request to the client and also logs it, stack trace included, through
	 * java.util.logging; the editor shows our stderr to users, so the log stays quiet. Held here
	 * because java.util.logging keeps its loggers only weakly.
	 */
	private static final Logger PROTOCOL_LOG = Logger.getLogger("org.eclipse.lsp4j");

	@ParentCommand
	private Main main;

	@Override
	public Integer call() throws InterruptedException {
		// stdout carries JSON-RPC only: anything a library prints there would corrupt the stream
		OutputStream protocol = new FileOutputStream(FileDescriptor.out);
		System.setOut(System.err);
		PROTOCOL_LOG.setLevel(Level.OFF);
		try {
			NorthStarLanguageServers.serve(main.editorSession(), System.in, protocol).get();
		} catch (ExecutionException e) {
			System.err.println("northstar lsp: the connection to the editor failed (" + e.getCause().getMessage() + ").");
			return Main.TROUBLE;
		}
		return Main.OK;
	}
}
