package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.cli.Main;
import org.northstar.cli.StartupTraining;
import org.northstar.testing.Fixtures;

/**
 * What the command line loads, as the JVM's class loading log tells: {@code validate} and {@code lsp} judge
 * models with the core alone, so neither ELK (the tree layout) nor AWT (the PNG painter and its fonts) is
 * loaded; {@code export} still draws, and its log shows them, so the log would see them.
 */
class RendererFreeCommandsTest {

	private static final Pattern RENDERER = Pattern.compile("org\\.eclipse\\.elk\\..*|java\\.awt\\..*|sun\\.awt\\..*|sun\\.java2d\\..*");

	private static final Pattern LOADED = Pattern.compile("\\]\\s(\\S+)\\ssource:");

	/** Our classes, and those of the libraries that ship Java 5 class files (picocli, log4j 1, ANTLR 3). */
	private static final Pattern OURS_AND_JAVA_5 = Pattern.compile("(org\\.northstar|picocli|org\\.apache\\.log4j|org\\.antlr)\\..*");

	private static final String UNOWNED = """
			    input Lonely "Invoices a freelancer sends on the first day of the month" {
			        dimension frequency  unit invoices  window monthly
			        relation additive
			    }
			""";

	@TempDir
	Path dir;

	@Test
	void validateLoadsNeitherElkNorAwt() throws Exception {
		Path log = dir.resolve("validate.log");
		CliProcess validate = CliProcess.run(Map.of(), logOfClassesLoaded(log), "validate", ReportExportTest.EXAMPLE.toString());
		assertTrue(validate.code() < 2, validate::toString);
		List<String> loaded = classesLoaded(log);
		assertTrue(loaded.contains("org.northstar.core.rules.checks.UnownedInput"), "the rules ran: " + validate);
		assertEquals(List.of(), renderer(loaded), "validate loaded the renderer");
	}

	/**
	 * The packaged command line starts from a class cache of its training run (releng/scripts/cli-start.sh), and
	 * the JDK loads the cached classes at every start: what the training ran, every validate loads. On the
	 * class path the packaging gives it, no class of validate's is read from a jar (picocli's, log4j's and the
	 * parser's come from the cache too, through the copies as current class files).
	 */
	@Test
	void validateFromTheTrainedClassCacheLoadsNeitherElkNorAwt() throws Exception {
		assumeTrue(Runtime.version().feature() >= 25, "the ahead-of-time class cache needs JDK 25");
		String classPath = CliProcess.packagedClassPath(dir.resolve("packaged"));
		Path cache = dir.resolve("cli.aot");
		Process training = new ProcessBuilder(CliProcess.java(List.of("-XX:AOTCacheOutput=" + cache, "-Xlog:disable"),
				classPath, StartupTraining.class.getName(), ReportExportTest.EXAMPLE.toString()))
				.redirectErrorStream(true).redirectOutput(dir.resolve("training.out").toFile()).start();
		assertTrue(training.waitFor(5, TimeUnit.MINUTES) && Files.isRegularFile(cache),
				() -> "no class cache was written: " + read(dir.resolve("training.out")));
		Path log = dir.resolve("cached-validate.log");
		Process validate = new ProcessBuilder(CliProcess.java(List.of("-XX:AOTCache=" + cache, "-XX:AOTMode=on",
				"-Xlog:class+load=info:file=" + log), classPath, Main.class.getName(), "validate", ReportExportTest.EXAMPLE.toString()))
				.redirectErrorStream(true).redirectOutput(dir.resolve("validate.out").toFile()).start();
		assertTrue(validate.waitFor(5, TimeUnit.MINUTES) && validate.exitValue() < 2, () -> read(dir.resolve("validate.out")));
		List<String> cached = cachedClasses(log);
		assertTrue(cached.contains("org.northstar.cli.ValidateCommand"), "the start used the cache: " + cached.size() + " classes from it");
		assertTrue(cached.containsAll(List.of("picocli.CommandLine", "org.northstar.dsl.parser.antlr.internal.InternalNorthStarParser")),
				"the classes of Java 5 libraries and those extending them are cached");
		assertEquals(List.of(), classesFromJars(log).stream().filter(name -> OURS_AND_JAVA_5.matcher(name).matches()).toList(),
				"validate read classes of ours or of the Java 5 libraries from jars, not from the cache");
		assertEquals(List.of(), renderer(classesLoaded(log)), "validate from the class cache loaded the renderer");
	}

	@Test
	void theLanguageServerLoadsNeitherElkNorAwt() throws Exception {
		Path model = dir.resolve("invoicely.northstar");
		String text = Fixtures.model(Fixtures.INVOICELY);
		int guardrail = text.indexOf("    guardrail DisputeRate");
		Files.writeString(model, text.substring(0, guardrail) + UNOWNED + text.substring(guardrail));
		Path log = dir.resolve("lsp.log");
		Process process = new ProcessBuilder(CliProcess.command(logOfClassesLoaded(log), "lsp"))
				.redirectError(dir.resolve("lsp.err").toFile()).start();
		try {
			Diagnostics client = new Diagnostics();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();
			InitializeParams initialize = new InitializeParams();
			initialize.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "models")));
			WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
			workspace.setWorkspaceFolders(true);
			initialize.setCapabilities(new ClientCapabilities(workspace, new TextDocumentClientCapabilities(), null));
			server.initialize(initialize).get(60, TimeUnit.SECONDS);
			server.initialized(new InitializedParams());
			String uri = model.toUri().toString();
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
					new TextDocumentItem(uri, "northstar", 1, Files.readString(model))));
			PublishDiagnosticsParams published = client.unownedInput.get(60, TimeUnit.SECONDS);
			assertTrue(published.getUri().endsWith("invoicely.northstar"), published::toString);
			Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
					Diagnostics.unownedInput(published).getRange().getStart())).get(60, TimeUnit.SECONDS);
			assertTrue(String.valueOf(hover).contains("Lonely"), "the hover names the input: " + hover);
			server.shutdown().get(60, TimeUnit.SECONDS);
			server.exit();
			assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server ends on exit");
		} catch (Exception | AssertionError e) {
			throw new AssertionError("the server's stderr: " + Files.readString(dir.resolve("lsp.err")), e);
		} finally {
			process.destroyForcibly().waitFor();
		}
		List<String> loaded = classesLoaded(log);
		assertEquals(List.of(), renderer(loaded), "lsp loaded the renderer; its stderr: "
				+ Files.readString(dir.resolve("lsp.err")));
	}

	@Test
	void exportStillDrawsAndTheLogShowsTheRenderer() throws Exception {
		Path svgLog = dir.resolve("svg.log");
		Path svgs = dir.resolve("svg");
		CliProcess svg = CliProcess.run(Map.of(), logOfClassesLoaded(svgLog), "export", "--format", "svg", "--out",
				svgs + "/", ReportExportTest.EXAMPLE.toString());
		assertEquals(0, svg.code(), svg::toString);
		List<Path> pictures = files(svgs, ".svg");
		assertTrue(!pictures.isEmpty(), svg::toString);
		for (Path picture : pictures) {
			String content = Files.readString(picture, StandardCharsets.UTF_8);
			assertTrue(content.contains("<svg") && content.contains("</svg>"), picture + " is no SVG picture");
		}
		assertTrue(classesLoaded(svgLog).stream().anyMatch(name -> name.startsWith("org.eclipse.elk.")), "the SVG is laid out by ELK");

		Path pngLog = dir.resolve("png.log");
		Path pngs = dir.resolve("png");
		CliProcess png = CliProcess.run(Map.of(), logOfClassesLoaded(pngLog), "export", "--format", "png", "--out",
				pngs + "/", ReportExportTest.EXAMPLE.toString());
		assertEquals(0, png.code(), png::toString);
		assertTrue(!files(pngs, ".png").isEmpty(), png::toString);
		assertTrue(classesLoaded(pngLog).stream().anyMatch(name -> name.startsWith("java.awt.")), "the PNG is painted with AWT");
	}

	private static List<String> logOfClassesLoaded(Path log) {
		return List.of("-Xlog:class+load=info:file=" + log);
	}

	private static List<String> classesLoaded(Path log) throws IOException {
		try (Stream<String> lines = Files.lines(log)) {
			return lines.map(LOADED::matcher).filter(Matcher::find).map(found -> found.group(1)).toList();
		}
	}

	private static List<String> cachedClasses(Path log) throws IOException {
		try (Stream<String> lines = Files.lines(log)) {
			return lines.filter(line -> line.contains("source: shared objects file")).map(LOADED::matcher).filter(Matcher::find)
					.map(found -> found.group(1)).toList();
		}
	}

	private static List<String> classesFromJars(Path log) throws IOException {
		try (Stream<String> lines = Files.lines(log)) {
			return lines.filter(line -> line.contains("source: file:") || line.contains("source: jar:")).map(LOADED::matcher)
					.filter(Matcher::find).map(found -> found.group(1)).toList();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return "(" + file + " unreadable: " + e.getMessage() + ")";
		}
	}

	private static List<String> renderer(List<String> loaded) {
		return loaded.stream().filter(name -> RENDERER.matcher(name).matches()).toList();
	}

	private static List<Path> files(Path folder, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.toString().endsWith(suffix)).toList();
		}
	}

	/** The client's side: completes when the server publishes the unowned input's finding. */
	private static final class Diagnostics implements LanguageClient {

		final CompletableFuture<PublishDiagnosticsParams> unownedInput = new CompletableFuture<>();

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			if (unownedInput(diagnostics) != null) {
				unownedInput.complete(diagnostics);
			}
		}

		static Diagnostic unownedInput(PublishDiagnosticsParams diagnostics) {
			return diagnostics.getDiagnostics().stream()
					.filter(d -> d.getCode() != null && "unowned-input".equals(d.getCode().get())).findFirst().orElse(null);
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
	}
}
