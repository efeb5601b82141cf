package org.northstar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools protocol (the JDK's WebSocket client):
 * open a page, and see what a person's browser would do with it: every console message and script
 * error, every network request, a screenshot, a print to PDF, the result of a script. The protocol
 * rather than {@code --dump-dom} with logging, because it reports requests and console errors as
 * events of the very page load that the screenshot and the PDF come from, not as log lines to parse.
 * Installed by {@code releng/scripts/browser.sh} ({@code ./northstar test}); the browser runs with a
 * profile of its own in a temporary folder and is ended by {@link #close}.
 */
public final class HeadlessChromium implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Duration WAIT = Duration.ofSeconds(60);

	private final Process process;
	private final Path profile;
	private final WebSocket socket;
	private final AtomicInteger ids = new AtomicInteger();
	private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
	private final List<JsonNode> events = Collections.synchronizedList(new ArrayList<>());
	private final StringBuilder partial = new StringBuilder();

	private HeadlessChromium(Process process, Path profile, WebSocket socket) {
		this.process = process;
		this.profile = profile;
		this.socket = socket;
	}

	/** The browser's program: chromium on the PATH, or says what to install. */
	public static Path program() {
		for (String name : List.of("chromium", "chromium-browser")) {
			for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		throw new IllegalStateException("Chromium is not installed; ./northstar test installs it (Debian: apt-get install chromium).");
	}

	/**
	 * The {@code mermaid} npm package's browser script, installed by {@code releng/scripts/browser.sh}
	 * into {@code releng/scripts/mermaid/node_modules} (found from the working folder upwards).
	 */
	public static Path mermaidScript() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path script = dir.resolve("releng/scripts/mermaid/node_modules/mermaid/dist/mermaid.min.js");
			if (Files.isRegularFile(script)) {
				return script;
			}
		}
		throw new IllegalStateException("The mermaid package is not installed; ./northstar test installs it (releng/scripts/browser.sh).");
	}

	public static HeadlessChromium start() throws IOException, InterruptedException, java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException {
		Path profile = Files.createTempDirectory("northstar-chromium");
		Process process = new ProcessBuilder(program().toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--no-first-run", "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--allow-file-access-from-files", "--remote-debugging-port=0",
				"--user-data-dir=" + profile, "--window-size=1280,900", "about:blank")
				.redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
		Path portFile = profile.resolve("DevToolsActivePort");
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				process.destroyForcibly();
				throw new IOException("Chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
			}
			Thread.sleep(50);
		}
		int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
		HttpClient http = HttpClient.newHttpClient();
		JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		String page = null;
		for (JsonNode target : targets) {
			if ("page".equals(target.path("type").asText())) {
				page = target.path("webSocketDebuggerUrl").asText();
			}
		}
		if (page == null) {
			process.destroyForcibly();
			throw new IOException("Chromium opened no page: " + targets);
		}
		HeadlessChromium[] self = new HeadlessChromium[1];
		WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
			@Override
			public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
				self[0].received(data, last);
				webSocket.request(1);
				return null;
			}
		}).get(WAIT.toSeconds(), TimeUnit.SECONDS);
		HeadlessChromium chromium = new HeadlessChromium(process, profile, socket);
		self[0] = chromium;
		for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
			chromium.call(domain + ".enable", JSON.createObjectNode());
		}
		return chromium;
	}

	private void received(CharSequence data, boolean last) {
		partial.append(data);
		if (!last) {
			return;
		}
		try {
			JsonNode message = JSON.readTree(partial.toString());
			partial.setLength(0);
			if (message.has("id")) {
				CompletableFuture<JsonNode> reply = replies.remove(message.get("id").asInt());
				if (reply != null) {
					reply.complete(message);
				}
			} else {
				events.add(message);
			}
		} catch (IOException e) {
			partial.setLength(0);
		}
	}

	/** Calls a protocol method and returns its result; a protocol error is an exception. */
	public JsonNode call(String method, ObjectNode params) throws IOException {
		int id = ids.incrementAndGet();
		CompletableFuture<JsonNode> reply = new CompletableFuture<>();
		replies.put(id, reply);
		ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
		message.set("params", params);
		socket.sendText(message.toString(), true).join();
		try {
			JsonNode answer = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
			if (answer.has("error")) {
				throw new IOException(method + ": " + answer.get("error"));
			}
			return answer.path("result");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(method + " interrupted");
		} catch (ExecutionException | TimeoutException e) {
			throw new IOException(method + " got no answer within " + WAIT.toSeconds() + " s");
		}
	}

	/** Opens the file and waits for its load event. */
	public void open(Path file) throws IOException, InterruptedException {
		events.clear();
		call("Page.navigate", JSON.createObjectNode().put("url", file.toUri().toString()));
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (events("Page.loadEventFired").isEmpty()) {
			if (System.nanoTime() > deadline) {
				throw new IOException(file + " did not load within " + WAIT.toSeconds() + " s");
			}
			Thread.sleep(20);
		}
	}

	/** The events of that method since the last {@link #open}, in order. */
	public List<JsonNode> events(String method) {
		synchronized (events) {
			return events.stream().filter(e -> method.equals(e.path("method").asText())).map(e -> e.path("params")).toList();
		}
	}

	/** Console errors, uncaught exceptions and error log entries, as text. */
	public List<String> errors() {
		List<String> errors = new ArrayList<>();
		events("Runtime.consoleAPICalled").stream().filter(e -> e.path("type").asText().equals("error"))
				.forEach(e -> errors.add("console: " + e.path("args")));
		events("Runtime.exceptionThrown").forEach(e -> errors.add("exception: " + e.path("exceptionDetails")));
		events("Log.entryAdded").stream().filter(e -> e.path("entry").path("level").asText().equals("error"))
				.forEach(e -> errors.add("log: " + e.path("entry").path("text").asText() + " " + e.path("entry").path("url").asText()));
		return errors;
	}

	/** The URL of every request the page made. */
	public List<String> requests() {
		return events("Network.requestWillBeSent").stream().map(e -> e.path("request").path("url").asText()).toList();
	}

	/** The value of a script (awaited when it is a promise), or the exception it threw. */
	public JsonNode evaluate(String script) throws IOException {
		JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", script).put("awaitPromise", true)
				.put("returnByValue", true));
		if (result.has("exceptionDetails")) {
			throw new IOException("the script failed: " + result.path("exceptionDetails"));
		}
		return result.path("result").path("value");
	}

	/** A PNG of the whole page (beyond the window), at the device scale. */
	public byte[] screenshot() throws IOException {
		return Base64.getDecoder().decode(call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png")
				.put("captureBeyondViewport", true)).path("data").asText());
	}

	/** The page printed to PDF as the print dialog would with the page's own page size (its print style). */
	public byte[] printToPdf() throws IOException {
		return Base64.getDecoder().decode(call("Page.printToPDF", JSON.createObjectNode().put("preferCSSPageSize", true)
				.put("printBackground", true)).path("data").asText());
	}

	@Override
	public void close() throws IOException {
		socket.abort();
		List<ProcessHandle> helpers = process.descendants().toList();
		process.destroy();
		helpers.forEach(ProcessHandle::destroy);
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			for (ProcessHandle helper : helpers) {
				helper.onExit().get(5, TimeUnit.SECONDS);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException | TimeoutException e) {
			helpers.forEach(ProcessHandle::destroyForcibly);
		}
		deleteProfile();
	}

	/** A helper still exiting may remove its own temporary file while the walk passes: walk again. */
	private void deleteProfile() throws IOException {
		for (int attempt = 1;; attempt++) {
			try (var files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				return;
			} catch (NoSuchFileException gone) {
				return;
			} catch (UncheckedIOException vanished) {
				if (attempt == 3) {
					throw vanished.getCause();
				}
			}
		}
	}
}
