package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.scene.report.ReportJson;
import org.northstar.core.rules.RuleIds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** {@code northstar export} of the reports: each format from the studio's example project, with its data. */
class ReportExportTest {

	static final Path EXAMPLE = Path.of("../../bundles/org.northstar.studio/examples/acme-strategy");

	@TempDir
	Path dir;

	@Test
	void htmlIsOneSelfContainedFileWithTreeScorecardDashboardAndFindings() throws IOException {
		String html = export("html", "report.html");
		assertEquals(2, count(html, "<section class=\"product\""), "a section per product");
		assertTrue(count(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=") >= 2, "a tree per product");
		for (String expected : new String[] { "Scorecard", "Expresses customer value", "Getting paid is why freelancers come back",
				"Monthly revenue", "lagging: cannot be moved this week", "moved from activity to outcome", "Work streams",
				"A reminder three days before the due date lifts on-time payment by 5%", "Movers since the period before",
				"Sensitivity", RuleIds.VANITY_NORTH_STAR, "How to fix", ">breached<", ">on-track<", "As of <b>2026-W48</b>" }) {
			assertTrue(html.contains(expected), expected);
		}
		assertTrue(count(html, "class=\"spark\"") >= 14, "a sparkline per metric with data");
		assertTrue(html.contains("@media print") && html.contains("size:A4") && html.contains("break-before:page"));
		assertFalse(Pattern.compile("(src|href)\\s*=|url\\(|@import|<script|<link", Pattern.CASE_INSENSITIVE).matcher(html).find(),
				"nothing is loaded from elsewhere");
	}

	@Test
	void hostileTextIsEscapedInHtmlAndMarkdown() throws IOException {
		Path model = Hostile.write(dir);
		Path html = dir.resolve("hostile.html");
		assertEquals(0, Cli.run("export", "--format", "html", "--out", html.toString(), model.toString()).code());
		String page = Files.readString(html);
		assertFalse(page.contains("<img") || page.contains("<script>"), "markup from the model stays text");
		assertTrue(page.contains("&lt;img src=x onerror=") && page.contains("&lt;/td&gt;&lt;script&gt;"), page);
		Path md = dir.resolve("hostile.md");
		assertEquals(0, Cli.run("export", "--format", "markdown", "--out", md.toString(), model.toString()).code());
		String markdown = Files.readString(md);
		assertFalse(Pattern.compile("(?<!\\\\)<(img|script)").matcher(markdown).find(), markdown);
		String flowchart = MermaidBlocks.of(markdown).get(0);
		Matcher label = Pattern.compile("\\[\"(.*?)\"\\]").matcher(flowchart);
		while (label.find()) {
			assertFalse(label.group(1).replace("<br/>", "").matches(".*[\"\\[\\]|<>{}`].*"), label.group(1));
		}
	}

	@Test
	void jsonHoldsTheModelAndFiguresAndIsValidAgainstItsSchema() throws IOException {
		String json = export("json", "report.json");
		Schema schema = schema();
		List<Error> errors = schema.validate(json, InputFormat.JSON);
		assertEquals(List.of(), errors.stream().map(Error::toString).toList());
		JsonNode invoicely = new ObjectMapper().readTree(json).get("products").get(0);
		assertEquals("Invoicely", invoicely.get("name").asText());
		assertEquals(7, invoicely.get("northStar").get("scores").size());
		JsonNode northStar = invoicely.get("metrics").get(0);
		assertEquals("PaidOnTime", northStar.get("name").asText());
		assertEquals("Senders * InvoicesPerSender * OnTimeShare", northStar.get("formula").asText());
		assertEquals("on-track", northStar.get("figures").get("status").asText());
		assertEquals(52, northStar.get("figures").get("series").size());
		assertEquals("Senders", invoicely.get("dashboard").get("movers").get(0).get("metric").asText());
		// the schema is strict: a status the engine never gives is refused
		assertFalse(schema.validate(json.replace("\"on-track\"", "\"great\""), InputFormat.JSON).isEmpty());
	}

	@Test
	void csvHasAProductRowAndOneRowPerMetricWithTheDashboardsFigures() throws IOException {
		String csv = export("csv", "metrics.csv");
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
		assertEquals(2 + 8 + 6, rows.size(), csv);
		assertEquals(List.of("product", "name", "kind", "parent", "owners", "dimension", "relation", "unit", "window", "direction",
				"formula", "current value", "target", "target date", "status"), rows.get(0).getParser().getHeaderNames().subList(0, 15));
		CSVRecord paidOnTime = rows.stream().filter(r -> r.get("name").equals("PaidOnTime")).findFirst().orElseThrow();
		assertEquals(List.of("Invoicely", "northstar", "7700", "9000", "2027-06-30", "on-track"), List.of(paidOnTime.get("product"),
				paidOnTime.get("kind"), paidOnTime.get("current value"), paidOnTime.get("target"), paidOnTime.get("target date"), paidOnTime.get("status")));
		CSVRecord reminders = rows.stream().filter(r -> r.get("name").equals("RemindersPerInvoice")).findFirst().orElseThrow();
		assertEquals(List.of("OnTimeShare", "Payments", "efficiency", "correlated", "lower"), List.of(reminders.get("parent"),
				reminders.get("owners"), reminders.get("dimension"), reminders.get("relation"), reminders.get("direction")));
	}

	@Test
	void aSlideIsTheTreeAt16To9AndTwiceTheScaleOneFilePerProduct() throws IOException {
		Cli cli = Cli.run("export", "--format", "slide", "--out", dir + "/slides/", EXAMPLE.toString());
		assertEquals(0, cli.code(), cli::toString);
		for (String name : new String[] { "invoicely.Invoicely.png", "streamline.Streamline.png" }) {
			BufferedImage slide = ImageIO.read(dir.resolve("slides").resolve(name).toFile());
			assertEquals(1920, slide.getWidth());
			assertEquals(1080, slide.getHeight());
			assertTrue(colours(slide) > 20, "the slide shows a drawing, not a blank page");
		}
		Cli several = Cli.run("export", "--format", "slide", "--out", dir.resolve("one.png").toString(), EXAMPLE.toString());
		assertEquals(2, several.code(), several::toString);
		assertTrue(several.err().contains("--out DIR/"), several::toString);
	}

	@Test
	void severalModelsMakeOneDocumentOrOneFileEach() throws IOException {
		Cli each = Cli.run("export", "--format", "markdown", "--out", dir + "/each/", EXAMPLE.toString());
		assertEquals(0, each.code(), each::toString);
		assertTrue(Files.readString(dir.resolve("each/invoicely.md")).contains("## Invoicely"));
		assertFalse(Files.readString(dir.resolve("each/invoicely.md")).contains("## Streamline"));
		assertFalse(Files.exists(dir.resolve("each/teams.md")), "a file without products gives no report of its own");
		Cli noOut = Cli.run("export", "--format", "html", EXAMPLE.toString());
		assertEquals(2, noOut.code(), noOut::toString);
		assertTrue(noOut.err().contains("--out FILE"), noOut::toString);
	}

	@Test
	void markdownHasAMermaidTreePerProductAFindingsTableAndTheFigures() throws IOException {
		String markdown = export("markdown", "report.md");
		assertEquals(2, MermaidBlocks.of(markdown).size());
		assertTrue(MermaidBlocks.of(markdown).get(0).startsWith("flowchart TD"));
		assertTrue(markdown.contains("| severity | rule | where | finding | how to fix |"));
		assertTrue(markdown.contains("| `vanity-north-star` |") || markdown.contains("`vanity-north-star`"));
		assertTrue(markdown.contains("| PaidOnTime | northstar | 7,700 |"), markdown);
		assertTrue(markdown.contains("**Movers**") && markdown.contains("**Sensitivity**"));
	}

	static Schema schema() throws IOException {
		try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA)) {
			assertTrue(in != null, "the schema ships in the core bundle");
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
					.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
		}
	}

	private String export(String format, String name) throws IOException {
		Path out = dir.resolve(name);
		Cli cli = Cli.run("export", "--format", format, "--out", out.toString(), EXAMPLE.toString());
		assertEquals(0, cli.code(), cli::toString);
		assertEquals(out.toString(), cli.out().strip());
		return Files.readString(out);
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static long colours(BufferedImage image) {
		return java.util.stream.IntStream.range(0, image.getWidth() / 8).flatMap(x -> java.util.stream.IntStream.range(0, image.getHeight() / 8)
				.map(y -> image.getRGB(x * 8, y * 8))).distinct().count();
	}
}
