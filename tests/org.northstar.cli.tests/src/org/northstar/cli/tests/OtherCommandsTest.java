package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.northstar.core.rules.RuleIds;

/** {@code northstar rules}, {@code northstar format}, {@code --version}, {@code --help}. */
class OtherCommandsTest {

	/** The ids of the table in the domain description, all of which the catalog must list. */
	private static final List<String> DOMAIN_IDS = List.of(RuleIds.MULTIPLE_NORTH_STARS, RuleIds.MISSING_NORTH_STAR,
			RuleIds.MISSING_VALUE_STATEMENT, RuleIds.VANITY_NORTH_STAR, RuleIds.LAGGING_NORTH_STAR, RuleIds.OUTPUT_METRIC,
			RuleIds.INCOMPLETE_NORTH_STAR, RuleIds.COMPLEX_NORTH_STAR, RuleIds.INPUT_COUNT, RuleIds.UNOWNED_INPUT, RuleIds.SHARED_OWNERSHIP,
			RuleIds.UNRELATED_INPUT, RuleIds.CORRELATED_INPUT, RuleIds.MISSING_GUARDRAIL, RuleIds.INCOMPLETE_GUARDRAIL, RuleIds.MISSING_KPI,
			RuleIds.UNLINKED_KPI, RuleIds.IDLE_TEAM, RuleIds.UNTARGETED_WORKSTREAM, RuleIds.NORTH_STAR_CHURN, RuleIds.OVERLAPPING_INPUTS,
			RuleIds.DIMENSION_GAP, RuleIds.GAME_MISMATCH, RuleIds.LOW_SCORE, RuleIds.CYCLE, RuleIds.DIVISION_BY_ZERO, RuleIds.FORMULA_DIRECTION,
			RuleIds.INPUT_OUTSIDE_FORMULA, RuleIds.UNIT_MISMATCH, RuleIds.GUARDRAIL_BREACHED, RuleIds.KPI_DIVERGENCE, RuleIds.WEAK_DRIVER,
			RuleIds.UNEXPLAINED_NORTH_STAR, RuleIds.CREDENTIALS_IN_MODEL, RuleIds.SYNTAX,
			RuleIds.UNRESOLVED_REFERENCE);

	@TempDir
	Path dir;

	@Test
	void rulesJsonListsEveryIdOfTheDomain() throws IOException {
		Cli cli = Cli.run("rules", "--format", "json");
		List<String> ids = new ArrayList<>();
		for (JsonNode rule : new ObjectMapper().readTree(cli.out()).get("rules")) {
			ids.add(rule.get("id").asText());
			assertTrue(rule.get("why").asText().length() > 40, rule::toString);
		}
		assertTrue(ids.containsAll(DOMAIN_IDS), () -> "missing: " + DOMAIN_IDS.stream().filter(i -> !ids.contains(i)).toList());
		assertEquals(0, cli.code());
	}

	@Test
	void formatCheckListsFilesThatWouldChangeAndWritesNothing() throws IOException {
		String messy = "product   P{input I{owner T}}\n";
		Path file = Files.writeString(dir.resolve("messy.northstar"), messy);
		Cli cli = Cli.run("format", "--check", file.toString());
		assertEquals(1, cli.code(), cli::toString);
		assertEquals(file.toString(), cli.out().strip());
		assertEquals(messy, Files.readString(file));
	}

	@Test
	void formatRewritesInPlaceAndThenThereIsNothingLeftToDo() throws IOException {
		Path file = Files.writeString(dir.resolve("messy.northstar"), "// keep me\nproduct   P{input I{owner T}}\n");
		assertEquals(0, Cli.run("format", file.toString()).code());
		String formatted = Files.readString(file);
		assertNotEquals("// keep me\nproduct   P{input I{owner T}}\n", formatted);
		assertTrue(formatted.startsWith("// keep me\n"), formatted);
		assertEquals(0, Cli.run("format", "--check", file.toString()).code());
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void formatLeavesAFileWithSyntaxErrorsAlone() throws IOException {
		String broken = "product   P{input I{owner T}\n";
		Path file = Files.writeString(dir.resolve("broken.northstar"), broken);
		Cli cli = Cli.run("format", file.toString());
		assertEquals(1, cli.code(), cli::toString);
		assertTrue(cli.err().contains("syntax errors"), cli::toString);
		assertEquals(broken, Files.readString(file));
	}

	@Test
	void versionAndHelp() {
		Cli version = Cli.run("--version");
		assertEquals(0, version.code());
		assertTrue(version.out().startsWith("northstar "), version::toString);
		for (String command : List.of("validate", "format", "rules", "export", "lsp", "evaluate", "status", "import")) {
			Cli help = Cli.run(command, "--help");
			assertEquals(0, help.code(), help::toString);
			assertTrue(help.out().contains("Usage: northstar " + command), help::toString);
			assertEquals("", help.err(), "picocli formats the description without complaint: " + help);
		}
	}

	/** A command named first is the only one the command line builds; without one, the usage lists them all. */
	@Test
	void theUsageListsEveryCommandInItsOrder() {
		for (String[] args : List.of(new String[] { "--help" }, new String[0])) {
			Cli usage = Cli.run(args);
			String text = usage.out() + usage.err();
			int last = -1;
			for (String command : List.of("validate", "format", "rules", "export", "lsp", "evaluate", "status", "import")) {
				int at = text.indexOf("\n  " + command + " ");
				assertTrue(at > last, command + " is listed after the one before it: " + usage);
				last = at;
			}
		}
		Cli misspelt = Cli.run("valdate", "x.northstar");
		assertEquals(2, misspelt.code(), misspelt::toString);
		assertTrue(misspelt.err().contains("validate"), "the misspelt command is named: " + misspelt);
	}
}
