package org.northstar.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.core.rules.RuleIds;
import org.northstar.dsl.ide.server.NorthStarLanguageServers;
import org.northstar.testing.TestSession;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What a client or a file can do wrong to the language server, and what the server does then: a
 * broken Content-Length header costs that message only, an unknown method is MethodNotFound, one
 * file beyond the language's limits does not silence the others, and a clause given twice does
 * not make Format fail.
 */
class ProtocolFaultsTest {

	private static final long TIMEOUT_SECONDS = 60;

	@TempDir
	Path project;

	private final PipedOutputStream toServer = new PipedOutputStream();
	private final BlockingQueue<JsonObject> fromServer = new LinkedBlockingQueue<>();
	private Future<Void> serving;

	@AfterEach
	void stop() throws IOException {
		toServer.close(); // the end of the input ends the server's listening, without exiting the JVM
	}

	@Test
	void aBrokenContentLengthCostsOneMessageAndTheServerStillAnswers() throws Exception {
		start();
		send(frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\"" + project.toUri()
				+ "\",\"capabilities\":{}}}"));
		assertEquals(1, response(1).get("id").getAsInt());
		String lost = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}";
		send("Content-Lenght: " + lost.length() + "\r\n\r\n" + lost);
		send("Content-Length: forty\r\n\r\n" + lost);
		send(frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}"));
		JsonObject answer = response(3);
		assertTrue(answer.has("result") && !answer.has("error"), answer::toString);
	}

	/** The real {@code northstar lsp}: after a broken header it still ends on shutdown and exit, with status 0. */
	@Test
	void afterABrokenHeaderTheProcessStillEndsOnShutdownAndExit() throws Exception {
		String script = System.getProperty("northstar.script");
		assertTrue(script != null, "the test bundle's pom passes the path of ./northstar as northstar.script");
		Process process = new ProcessBuilder(script, "lsp").directory(project.toFile())
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try (OutputStream in = process.getOutputStream()) {
			String lost = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}";
			in.write(("Content-Length: x" + lost.length() + "\r\n\r\n" + lost).getBytes(StandardCharsets.UTF_8));
			in.write(frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}").getBytes(StandardCharsets.UTF_8));
			in.write(frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}").getBytes(StandardCharsets.UTF_8));
			in.flush();
			assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the server ignored shutdown and exit: it is deaf");
			assertEquals(0, process.exitValue());
		} finally {
			process.destroyForcibly();
		}
	}

	@Test
	void anUnknownMethodIsMethodNotFoundWithoutAStackTrace() throws Exception {
		start();
		send(frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\"" + project.toUri()
				+ "\",\"capabilities\":{}}}"));
		response(1);
		send(frame("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"northstar/noSuchThing\",\"params\":{}}"));
		JsonObject error = response(7).getAsJsonObject("error");
		assertEquals(-32601, error.get("code").getAsInt(), error::toString);
		assertFalse(error.toString().contains("at org."), error::toString);
	}

	@Test
	void aFileNestedTooDeepDoesNotSilenceTheOthers() {
		StringBuilder deep = new StringBuilder("product Deep { northstar N { formula ");
		deep.append("(".repeat(2000)).append("N").append(")".repeat(2000)).append(" } }\n");
		ServerSession session = ServerSession.start(project, "a-deep.northstar", deep.toString(), "b-demo.northstar",
				Models.PROBLEMS);
		session.open("a-deep.northstar");
		session.open("b-demo.northstar");

		List<Diagnostic> deepOnes = session.diagnostics("a-deep.northstar");
		assertEquals(1, deepOnes.size(), deepOnes::toString);
		assertTrue(deepOnes.get(0).getMessage().getLeft().startsWith("Nesting too deep"), deepOnes::toString);
		assertTrue(session.diagnostics("b-demo.northstar").stream()
				.anyMatch(d -> d.getCode().getLeft().equals(RuleIds.UNOWNED_INPUT)), () -> session.diagnostics("b-demo.northstar").toString());
	}

	@Test
	void formattingAFileWithAClauseGivenTwiceAnswersWithoutAnError() {
		ServerSession session = ServerSession.start(project, "twice.northstar",
				"product   Demo {\n  northstar N { formula 1 + 2  formula 3 }\n}\n");
		session.open("twice.northstar");
		var edits = ServerSession.join(session.server.formatting(
				new DocumentFormattingParams(session.document("twice.northstar"), new FormattingOptions(4, true))));
		assertEquals(List.of(), edits);
	}

	private void start() throws IOException {
		PipedInputStream serverInput = new PipedInputStream(toServer, 1 << 16);
		PipedInputStream clientInput = new PipedInputStream(1 << 16);
		PipedOutputStream serverOutput = new PipedOutputStream(clientInput);
		serving = NorthStarLanguageServers.serve(TestSession.get(), serverInput, serverOutput);
		Thread reader = new Thread(() -> readMessages(clientInput), "test-client");
		reader.setDaemon(true);
		reader.start();
	}

	private void send(String text) throws IOException {
		toServer.write(text.getBytes(StandardCharsets.UTF_8));
		toServer.flush();
	}

	private static String frame(String json) {
		return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
	}

	/** The response to request {@code id}; notifications and other responses are passed over. */
	private JsonObject response(int id) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < end) {
			JsonObject message = fromServer.poll(1, TimeUnit.SECONDS);
			if (message != null && message.has("id") && !message.has("method") && message.get("id").getAsInt() == id) {
				return message;
			}
			assertFalse(serving.isDone(), "the server stopped listening");
		}
		throw new AssertionError("no answer to request " + id + ": the server is deaf");
	}

	private void readMessages(InputStream in) {
		try {
			while (true) {
				int length = -1;
				String line;
				while (!(line = line(in)).isEmpty()) {
					if (line.startsWith("Content-Length:")) {
						length = Integer.parseInt(line.substring(15).trim());
					}
				}
				byte[] body = in.readNBytes(length);
				fromServer.add(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
			}
		} catch (IOException | RuntimeException e) {
			// the server's output ended
		}
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int c;
		while ((c = in.read()) != '\n') {
			if (c < 0) {
				throw new IOException("end of output");
			}
			if (c != '\r') {
				line.write(c);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}

}
