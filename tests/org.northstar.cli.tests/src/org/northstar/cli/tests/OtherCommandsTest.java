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

/** {@code northstar rules}, {@code northstar format}, {@code --version}, {@code --help}. */
class OtherCommandsTest {

	/** The ids of the table in the domain description, all of which the catalog must list. */
	private static final List<String> DOMAIN_IDS = List.of("multiple-north-stars", "missing-north-star",
			"missing-value-statement", "vanity-north-star", "lagging-north-star", "output-metric",
			"incomplete-north-star", "complex-north-star", "input-count", "unowned-input", "shared-ownership",
			"unrelated-input", "correlated-input", "missing-guardrail", "incomplete-guardrail", "missing-kpi",
			"unlinked-kpi", "idle-team", "untargeted-workstream", "north-star-churn", "overlapping-inputs",
			"dimension-gap", "game-mismatch", "low-score", "cycle", "division-by-zero", "formula-direction",
			"input-outside-formula", "unit-mismatch", "guardrail-breached", "kpi-divergence", "weak-driver",
			"unexplained-north-star", "credentials-in-model", "syntax",
			"unresolved-reference");

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
		for (String command : List.of("validate", "format", "rules")) {
			Cli help = Cli.run(command, "--help");
			assertEquals(0, help.code(), help::toString);
			assertTrue(help.out().contains("Usage: northstar " + command), help::toString);
		}
	}
}
