package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.northstar.core.rules.RuleIds;
import org.northstar.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code northstar import}: a metrics table into a model, as minimal text edits; the export's CSV
 * imported back gives a model the rules judge the same; a spreadsheet's own export with its columns
 * reordered and a bad row writes nothing and says which line.
 */
class ImportCommandTest {

	/**
	 * What the metrics table does not hold, and so what a model made from it alone cannot show: the
	 * North Star's history (north-star-churn), teams that own no metric (idle-team) and work
	 * streams (untargeted-workstream).
	 */
	private static final Set<String> NOT_IN_THE_TABLE = Set.of(RuleIds.NORTH_STAR_CHURN, RuleIds.IDLE_TEAM, RuleIds.UNTARGETED_WORKSTREAM);

	@TempDir
	Path dir;

	static Stream<String> sampleModels() {
		return Stream.concat(Fixtures.ALL.stream().filter(m -> !m.equals("shared-teams.northstar")), Stream.of("every-concept.northstar"));
	}

	@ParameterizedTest
	@MethodSource("sampleModels")
	void exportThenImportIntoAnEmptyFileValidatesTheSame(String name) throws IOException {
		Path project = project();
		Path csv = dir.resolve(name + ".csv");
		// the samples name databases that are not there: the model's round trip is what counts here
		Cli export = Cli.run("export", "--no-values", "--format", "csv", "--out", csv.toString(), project.resolve(name).toString());
		assertEquals(0, export.code(), export::toString);
		Path imported = Files.createDirectories(dir.resolve("imported")).resolve(name);
		Cli cli = Cli.run("import", csv.toString(), "--into", imported.toString());
		assertEquals(0, cli.code(), cli::toString);
		List<String> before = findings(project, name);
		before.removeIf(f -> NOT_IN_THE_TABLE.stream().anyMatch(f::startsWith));
		assertEquals(before, findings(imported.getParent(), name), Files.readString(imported));
	}

	@ParameterizedTest
	@MethodSource("sampleModels")
	void exportThenImportIntoTheModelItselfChangesNothing(String name) throws IOException {
		Path project = project();
		Path csv = dir.resolve(name + ".csv");
		assertEquals(0, Cli.run("export", "--no-values", "--format", "csv", "--out", csv.toString(), project.resolve(name).toString()).code());
		String text = Files.readString(project.resolve(name));
		Cli cli = Cli.run("import", csv.toString(), "--into", project.resolve(name).toString());
		assertEquals(0, cli.code(), cli::toString);
		assertTrue(cli.out().contains(" 0 added, 0 changed"), cli::toString);
		assertEquals(text, Files.readString(project.resolve(name)));
	}

	@Test
	void theExampleExportedAndImportedIntoAnEmptyFileHasTheSameFindings() throws IOException {
		Path csv = dir.resolve("example.csv");
		assertEquals(0, Cli.run("export", "--format", "csv", "--out", csv.toString(), ReportExportTest.EXAMPLE.toString()).code());
		Path imported = Files.createDirectories(dir.resolve("imported")).resolve("acme.northstar");
		Cli cli = Cli.run("import", csv.toString(), "--into", imported.toString());
		assertEquals(0, cli.code(), cli::toString);
		List<String> original = new ArrayList<>();
		for (String file : List.of("invoicely.northstar", "streamline.northstar")) {
			original.addAll(findings(ReportExportTest.EXAMPLE, file));
		}
		assertEquals(original.stream().sorted().toList(), findings(imported.getParent(), "acme.northstar").stream().sorted().toList());
	}

	@Test
	void aSpreadsheetsExportWithReorderedColumnsAndABadRowWritesNothingAndNamesTheLine() throws IOException {
		Path project = project();
		Path model = project.resolve(Fixtures.INVOICELY);
		String before = Files.readString(model);
		// as a spreadsheet in a semicolon locale saves it: columns reordered, some missing, a header in its own words
		String sheet = """
				Name;Target Date;Kind;Product;Owners;Unit;Target;Window
				Senders;2027-06-30;input;Invoicely;Growth;senders;2700;Weekly
				Referrals;;input;Invoicely;Growth;referrals;;weekly
				Churned;2027-01-01;input;Invoicely;Nobody-Team;;12;fortnightly
				""";
		Path csv = Files.writeString(dir.resolve("sheet.csv"), sheet);
		Cli refused = Cli.run("import", csv.toString(), "--into", model.toString());
		assertEquals(2, refused.code(), refused::toString);
		assertTrue(refused.err().contains("sheet.csv:4: 'Nobody-Team' is not a name (owners)"), refused::toString);
		assertTrue(refused.err().contains("sheet.csv:4: 'fortnightly' is not a window"), refused::toString);
		assertTrue(refused.err().contains("nothing was written"), refused::toString);
		assertEquals(before, Files.readString(model));

		Files.writeString(csv, sheet.lines().limit(3).map(l -> l + "\n").reduce("", String::concat));
		Cli cli = Cli.run("import", csv.toString(), "--into", model.toString());
		assertEquals(0, cli.code(), cli::toString);
		assertTrue(cli.out().contains("2 rows, 1 added, 1 changed"), cli::toString);
		String after = Files.readString(model);
		assertTrue(after.contains("unit senders") && after.contains("target 2700 by 2027-06-30"), after);
		assertTrue(after.contains("input Referrals {") && after.contains("owner Growth"), after);
		// every line but the two of Senders that changed is still there, in its order
		List<String> kept = before.lines().filter(l -> !(l.contains("unit freelancers") && l.contains("breadth")) && !l.contains("2600 by")).toList();
		List<String> lines = after.lines().toList();
		int at = 0;
		for (String line : kept) {
			int found = lines.subList(at, lines.size()).indexOf(line);
			assertTrue(found >= 0, "line lost or moved: " + line + "\n" + after);
			at += found + 1;
		}
	}

	@Test
	void aRowThatTheModelContradictsIsRefusedWithItsLine() throws IOException {
		Path model = project().resolve(Fixtures.INVOICELY);
		String before = Files.readString(model);
		Path csv = Files.writeString(dir.resolve("bad.csv"), "product,name,kind,parent,formula\n"
				+ "Invoicely,Senders,guardrail,,\n"
				+ "Invoicely,Lost,input,NoSuchParent,\n"
				+ "Invoicely,PaidOnTime,northstar,,Senders * Ghosts\n");
		Cli cli = Cli.run("import", csv.toString(), "--into", model.toString());
		assertEquals(2, cli.code(), cli::toString);
		assertTrue(cli.err().contains("bad.csv:2: 'Senders' is input in the model, not guardrail"), cli::toString);
		assertTrue(cli.err().contains("bad.csv:3: the parent 'NoSuchParent'"), cli::toString);
		assertTrue(cli.err().contains("bad.csv:4: the formula names 'Ghosts'"), cli::toString);
		assertEquals(before, Files.readString(model));
	}

	/** The sample models, together as one project (some name teams defined in others). */
	private Path project() throws IOException {
		Path project = Files.createDirectories(dir.resolve("project"));
		for (String name : Stream.concat(Fixtures.ALL.stream(), Stream.of("every-concept.northstar")).toList()) {
			Files.writeString(project.resolve(name), Fixtures.model(name));
		}
		return project;
	}

	/** The findings of one file of a folder, as rule and message (names of packages left out). */
	private static List<String> findings(Path folder, String file) throws IOException {
		Cli cli = Cli.run("validate", "--format", "json", folder.toString());
		List<String> findings = new ArrayList<>();
		for (JsonNode issue : new ObjectMapper().readTree(cli.out()).get("issues")) {
			if (Path.of(issue.get("file").asText()).getFileName().toString().equals(file)) {
				findings.add(issue.get("rule").asText() + " " + issue.get("severity").asText() + " " + issue.get("message").asText());
			}
		}
		return findings;
	}
}
