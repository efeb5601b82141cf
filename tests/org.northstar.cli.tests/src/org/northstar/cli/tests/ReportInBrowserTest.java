package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.testing.HeadlessChromium;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reports in a real browser (Debian's Chromium, headless, over the DevTools protocol): the HTML
 * report of the example opens with no console error and no network request, shows its trees and
 * sparklines (screenshot {@code target/screenshots/report.png}), prints to an A4 PDF with a page or
 * more per product; text from the model never becomes markup; the Markdown report's Mermaid blocks
 * render with the {@code mermaid} package without a parse error.
 */
class ReportInBrowserTest {

	private static final Path SCREENSHOTS = Path.of(System.getProperty("northstar.screenshots", "target/screenshots"));
	private static HeadlessChromium chromium;

	@TempDir
	Path dir;

	@BeforeAll
	static void startBrowser() throws Exception {
		chromium = HeadlessChromium.start();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void theExampleReportOpensCleanlyShowsTreesAndFiguresAndPrintsAPagePerProduct() throws Exception {
		Path html = dir.resolve("report.html");
		Cli cli = Cli.run("export", "--format", "html", "--out", html.toString(), ReportExportTest.EXAMPLE.toString());
		assertEquals(0, cli.code(), cli::toString);
		chromium.open(html);
		assertEquals(List.of(), chromium.errors());
		assertEquals(List.of(html.toUri().toString()), chromium.requests(), "the report loads nothing but itself");
		assertEquals(2, chromium.evaluate("document.querySelectorAll('section.product figure.tree svg').length").asInt());
		assertTrue(chromium.evaluate("document.querySelector('figure.tree svg').getBoundingClientRect().width").asDouble() > 300,
				"the tree is drawn at a readable size");
		assertTrue(chromium.evaluate("document.querySelectorAll('svg.spark polyline').length").asInt() >= 14);
		assertEquals(7, chromium.evaluate("document.querySelectorAll('section.product')[0].querySelectorAll('table.scorecard tbody tr').length").asInt());
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve("report.png"), chromium.screenshot());

		byte[] pdf = chromium.printToPdf();
		Files.write(SCREENSHOTS.resolve("report.pdf"), pdf);
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		assertTrue(text.startsWith("%PDF"), "a PDF");
		long pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
		assertTrue(pages >= 1 + 2, pages + " pages: the cover and at least one page per product");
	}

	@Test
	void markupInTheModelStaysTextInTheBrowser() throws Exception {
		Path model = Hostile.write(dir);
		Path html = dir.resolve("hostile.html");
		assertEquals(0, Cli.run("export", "--format", "html", "--out", html.toString(), model.toString()).code());
		chromium.open(html);
		assertEquals(List.of(), chromium.errors(), "no script from the model ran");
		assertEquals(List.of(html.toUri().toString()), chromium.requests(), "no image from the model was fetched");
		assertEquals(0, chromium.evaluate("document.querySelectorAll('img, script').length").asInt());
		assertTrue(chromium.evaluate("document.body.textContent.includes(\"<img src=x onerror=\")").asBoolean());
	}

	@Test
	void theMarkdownReportsMermaidBlocksRenderWithoutAParseError() throws Exception {
		Path md = dir.resolve("report.md");
		assertEquals(0, Cli.run("export", "--format", "markdown", "--out", md.toString(), ReportExportTest.EXAMPLE.toString()).code());
		Path hostileMd = dir.resolve("hostile.md");
		assertEquals(0, Cli.run("export", "--format", "markdown", "--out", hostileMd.toString(), Hostile.write(dir).toString()).code());
		List<String> blocks = new java.util.ArrayList<>(MermaidBlocks.of(Files.readString(md)));
		blocks.addAll(MermaidBlocks.of(Files.readString(hostileMd)));
		assertEquals(3, blocks.size());
		Path page = Files.writeString(dir.resolve("mermaid.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script src=\""
				+ HeadlessChromium.mermaidScript().toUri() + "\"></script></head><body><div id=\"out\"></div></body></html>");
		chromium.open(page);
		chromium.evaluate("mermaid.initialize({startOnLoad: false, securityLevel: 'strict'}); true");
		ObjectMapper json = new ObjectMapper();
		for (int i = 0; i < blocks.size(); i++) {
			String source = json.writeValueAsString(blocks.get(i));
			// parse throws on a syntax error (the evaluation then fails with Mermaid's message)
			chromium.evaluate("mermaid.parse(" + source + ").then(() => true)");
			JsonNode text = chromium.evaluate("mermaid.render('tree" + i + "', " + source + ").then(r => {"
					+ " const out = document.getElementById('out'); out.innerHTML = r.svg;"
					+ " return Array.from(out.querySelectorAll('g.node')).map(n => n.textContent).join(' | ') + ' nodes=' + out.querySelectorAll('g.node').length"
					+ " + ' img=' + out.querySelectorAll('img, script').length; })");
			assertTrue(text.asText().contains(" img=0"), text.asText());
			if (i == 0) {
				assertTrue(text.asText().contains("North Star: PaidOnTime") && text.asText().contains("Input: RemindersPerInvoice"), text.asText());
				assertTrue(text.asText().endsWith("nodes=10 img=0"), "product, North Star, five inputs, work stream, guardrail, KPI: " + text.asText());
			}
			if (i == 2) {
				assertTrue(text.asText().contains("<img src=x onerror=") && text.asText().contains("click n1 call alert(1)"), text.asText());
			}
		}
		assertEquals(List.of(), chromium.errors());
		assertTrue(chromium.requests().stream().allMatch(url -> url.startsWith("file:")), chromium.requests()::toString);
	}
}
