package org.northstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.core.rules.RuleIds;
import org.northstar.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code northstar validate}: exit codes, the three formats, paths as given, bad input. */
class ValidateCommandTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String RETURNING_SENDERS = """
			    input ReturningSenders "Freelancers sending again within 14 days" {
			        dimension frequency  unit freelancers  window weekly
			        owner Growth, Billing relation correlated
			        overlaps Senders
			        query "SELECT week, count(*) FROM returning_senders GROUP BY week"
			    }
			""";

	@TempDir
	Path dir;

	@Test
	void theLanguageExampleIsClean() throws IOException {
		Path file = write("invoicely.northstar", Fixtures.model(Fixtures.INVOICELY));
		Cli cli = Cli.run("validate", "--format", "json", file.toString());
		JsonNode summary = JSON.readTree(cli.out()).get("summary");
		assertEquals(0, cli.code(), cli::toString);
		assertEquals(1, summary.get("files").asInt());
		assertEquals(0, summary.get("errors").asInt(), cli::toString);
		assertEquals(0, summary.get("warnings").asInt(), cli::toString);
	}

	@Test
	void theSnippetsInputAddsSharedOwnershipAndOverlap() throws IOException {
		String example = Fixtures.model(Fixtures.INVOICELY);
		int guardrail = example.indexOf("    guardrail DisputeRate");
		Path file = write("invoicely.northstar", example.substring(0, guardrail) + RETURNING_SENDERS + example.substring(guardrail));
		Cli cli = Cli.run("validate", "--format", "json", file.toString());
		List<String> warnings = new ArrayList<>();
		JSON.readTree(cli.out()).get("issues").forEach(issue -> {
			if (issue.get("severity").asText().equals("warning")) {
				warnings.add(issue.get("rule").asText());
			}
		});
		assertTrue(warnings.contains(RuleIds.SHARED_OWNERSHIP), cli::toString);
		assertTrue(warnings.contains(RuleIds.OVERLAPPING_INPUTS), cli::toString);
		assertEquals(0, cli.code(), "warnings alone do not fail: " + cli);
	}

	@Test
	void textLinesArePathLineColumnSeverityRuleMessage() throws IOException {
		Path file = write("bad.northstar", """
				team Growth
				product P {
				    input Senders {
				        owner Growht
				    }
				}
				""");
		Cli cli = Cli.run("validate", file.toString());
		assertEquals(1, cli.code(), cli::toString);
		assertTrue(cli.out().lines().anyMatch(line -> line.startsWith(file + ":4:15: error [unresolved-reference] ")),
				cli::toString);
	}

	@Test
	void jsonNamesTheElementByItsQualifiedName() throws IOException {
		Path file = write("p.northstar", "package acme\nproduct P { input Lonely { relation additive } }\n");
		JsonNode issues = JSON.readTree(Cli.run("validate", "--format", "json", file.toString()).out()).get("issues");
		boolean found = false;
		for (JsonNode issue : issues) {
			if (issue.get("rule").asText().equals(RuleIds.UNOWNED_INPUT)) {
				assertEquals("acme.P.Lonely", issue.get("element").asText());
				assertEquals(2, issue.get("line").asInt());
				found = true;
			}
		}
		assertTrue(found, issues::toString);
	}

	@Test
	void sarifIsVersion210WithTheCatalogAndTheResults() throws IOException {
		Path file = write("bad.northstar", "product P { input I }\n");
		Cli cli = Cli.run("validate", "--format", "sarif", file.toString());
		JsonNode run = JSON.readTree(cli.out()).get("runs").get(0);
		assertEquals("2.1.0", JSON.readTree(cli.out()).get("version").asText());
		assertTrue(run.get("tool").get("driver").get("rules").size() >= 28);
		JsonNode first = run.get("results").get(0);
		assertFalse(first.get("ruleId").asText().isEmpty());
		assertEquals(file.toString(),
				first.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
	}

	@Test
	void aMissingPathIsOneLineAndExitTwoEvenWithErrorsElsewhere() throws IOException {
		Path bad = write("bad.northstar", "product P { input I }\n");
		Cli cli = Cli.run("validate", dir.resolve("nowhere.northstar").toString(), bad.toString());
		assertEquals(2, cli.code(), cli::toString);
		assertEquals(1, cli.err().lines().count(), cli::toString);
		assertTrue(cli.err().contains("nowhere.northstar: no such file or folder"), cli::toString);
		assertTrue(cli.out().contains(RuleIds.UNOWNED_INPUT), "the other file is still validated: " + cli);
	}

	@Test
	void aBinaryFileIsAnErrorNotACrash() throws IOException {
		Path binary = dir.resolve("image.northstar");
		Files.write(binary, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2 });
		Cli cli = Cli.run("validate", binary.toString());
		assertEquals(1, cli.code(), cli::toString);
		assertTrue(cli.out().contains("binary file"), cli::toString);
		assertFalse(cli.err().contains("Exception"), cli::toString);
	}

	@Test
	void badOptionsAreUsageTrouble() throws IOException {
		Path file = write("ok.northstar", "team T\n");
		assertEquals(2, Cli.run("validate", "--format", "xml", file.toString()).code());
		assertEquals(2, Cli.run("validate").code());
		assertEquals(2, Cli.run("validate", "--rules", dir.resolve("none.properties").toString(), file.toString()).code());
	}

	@Test
	void aRulesProfileChangesSeverities() throws IOException {
		Path file = write("p.northstar", "team T\nproduct P { input I { owner T } }\n");
		Path profile = write("strict.properties", "unrelated-input = error\nmissing-north-star = off\n");
		Cli plain = Cli.run("validate", file.toString());
		Cli strict = Cli.run("validate", "--rules", profile.toString(), file.toString());
		assertTrue(plain.out().contains("warning [unrelated-input]"), plain::toString);
		assertTrue(plain.out().contains("[missing-north-star]"), plain::toString);
		assertTrue(strict.out().contains("error [unrelated-input]"), strict::toString);
		assertFalse(strict.out().contains("[missing-north-star]"), strict::toString);
		assertEquals(1, strict.code());
	}

	@Test
	void validateNeverWrites() throws IOException {
		String messy = "product   P{input I{owner T}}";
		Path file = write("messy.northstar", messy);
		Cli.run("validate", file.toString());
		assertEquals(messy, Files.readString(file));
	}

	@Test
	void aThousandFilesInAFolderAreAllValidatedWithNamesAcrossThem() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("portfolio"));
		Files.writeString(folder.resolve("teams.northstar"), "package p\nteam Core\n");
		for (int i = 0; i < 999; i++) {
			Path sub = Files.createDirectories(folder.resolve("line" + i % 10));
			Files.writeString(sub.resolve("product" + i + ".northstar"),
					"package p\nproduct Product" + i + " { input Input" + i + " { owner Core relation additive } }\n");
		}
		Cli cli = Cli.run("validate", "--format", "json", folder.toString());
		JsonNode root = JSON.readTree(cli.out());
		assertEquals(1000, root.get("summary").get("files").asInt());
		assertEquals(0, root.get("summary").get("errors").asInt(), () -> root.get("issues").get(0).toString());
		assertEquals(0, cli.code());
		assertTrue(root.get("issues").get(0).get("file").asText().startsWith(folder + "/line"), cli.out()::toString);
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}
}
