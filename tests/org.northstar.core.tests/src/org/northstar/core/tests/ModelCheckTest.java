package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.core.check.ModelCheck;
import org.northstar.core.check.ModelSource;
import org.northstar.core.check.Problem;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.core.rules.config.RuleProfiles;
import org.northstar.testing.TestSession;

/**
 * The shared check of the CLI and the workbench build: sources in, problems
 * per source out, names resolved across all sources of one check.
 */
class ModelCheckTest {

	private static final String TEAMS = "package acme\nteam Growth\nteam Billing\n";
	private static final String PRODUCT = """
			package acme
			product Shop {
			    input Visitors "Visitors a week" { owner Growth relation additive }
			    input Orders "Orders a week" { relation additive }
			}
			""";

	@TempDir
	Path dir;

	private final ModelCheck check = TestSession.get().check();

	@Test
	void namesResolveAcrossTheSourcesOfOneCheck() {
		ModelSource teams = source("teams.northstar", TEAMS);
		ModelSource product = source("product.northstar", PRODUCT);
		Map<ModelSource, List<Problem>> together = check.check(List.of(teams, product), null).problems();
		assertEquals(List.of("Billing"), elements(together.get(teams), RuleIds.IDLE_TEAM));
		assertEquals(List.of(), withRule(together.get(product), RuleIds.UNRESOLVED_REFERENCE));

		Map<ModelSource, List<Problem>> alone = check.check(List.of(product), null).problems();
		assertEquals(1, withRule(alone.get(product), RuleIds.UNRESOLVED_REFERENCE).size(), alone::toString);
	}

	@Test
	void problemsCarryPositionOffsetSeverityRuleAndQualifiedName() {
		ModelSource product = source("product.northstar", PRODUCT);
		List<Problem> unowned = withRule(check.check(List.of(source("teams.northstar", TEAMS), product), null)
				.problems().get(product), RuleIds.UNOWNED_INPUT);
		assertEquals(1, unowned.size(), unowned::toString);
		Problem problem = unowned.get(0);
		assertEquals(product.uri(), problem.uri());
		assertEquals(4, problem.line());
		assertEquals(11, problem.column());
		assertEquals("Orders", PRODUCT.substring(problem.offset(), problem.offset() + problem.length()));
		assertEquals(Severity.ERROR, problem.severity());
		assertEquals("acme.Shop.Orders", problem.element());
		assertTrue(problem.message().contains("'Orders' has no owner"), problem::message);
	}

	@Test
	void everySourceGetsAListEvenWhenClean() {
		ModelSource teams = source("teams.northstar", "package acme\n");
		assertEquals(Map.of(teams, List.of()), check.check(List.of(teams), null).problems());
	}

	@Test
	void parserErrorsAreSyntaxProblemsOnTheirLine() {
		ModelSource broken = source("broken.northstar", "package acme\nteam Growth\nproduct Shop {\n    input {\n}\n");
		List<Problem> syntax = withRule(check.check(List.of(broken), null).problems().get(broken), RuleIds.SYNTAX);
		assertTrue(!syntax.isEmpty() && syntax.get(0).line() == 4, syntax::toString);
		assertEquals(Severity.ERROR, syntax.get(0).severity());
	}

	@Test
	void whatIsNotTextIsOneProblemAndTheOtherSourcesAreStillChecked() {
		ModelSource binary = ModelSource.of(uri("image.northstar"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1 });
		ModelSource latin1 = ModelSource.of(uri("latin1.northstar"), "team Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1));
		byte[] huge = new byte[8 * 1024 * 1024 + 1];
		Arrays.fill(huge, (byte) ' ');
		ModelSource large = ModelSource.of(uri("large.northstar"), huge);
		ModelSource product = source("product.northstar", PRODUCT);
		Map<ModelSource, List<Problem>> problems = check.check(List.of(binary, latin1, large, product), null).problems();
		assertWholeFileError(problems.get(binary), "binary file");
		assertWholeFileError(problems.get(latin1), "not UTF-8");
		assertWholeFileError(problems.get(large), "larger than 8 MB");
		assertEquals(1, withRule(problems.get(product), RuleIds.UNOWNED_INPUT).size());
	}

	/** UTF-8 is checked through a buffer of a few thousand characters: what lies beyond it and a cut-off last character count. */
	@Test
	void textThatStopsBeingUtf8FarInOrAtItsLastByteIsNotUtf8() {
		String longTeams = "package acme\n" + "team Zo\u00eb \"\u2013\"\n".repeat(2_000);
		byte[] farIn = (longTeams + "team Zo\u00eb\n").getBytes(StandardCharsets.UTF_8);
		farIn[farIn.length - 3] = (byte) 0xEB; // the last line's \u00eb broken: a three-byte start before one continuation
		byte[] cutOff = Arrays.copyOf(longTeams.getBytes(StandardCharsets.UTF_8), longTeams.getBytes(StandardCharsets.UTF_8).length + 1);
		cutOff[cutOff.length - 1] = (byte) 0xE2; // the first byte of a three-byte character, and no more
		ModelSource far = ModelSource.of(uri("far.northstar"), farIn);
		ModelSource cut = ModelSource.of(uri("cut.northstar"), cutOff);
		ModelSource whole = source("whole.northstar", longTeams);
		Map<ModelSource, List<Problem>> problems = check.check(List.of(far, cut, whole), null).problems();
		assertWholeFileError(problems.get(far), "not UTF-8");
		assertWholeFileError(problems.get(cut), "not UTF-8");
		assertTrue(problems.get(whole).stream().noneMatch(problem -> problem.message().contains("UTF-8")), problems.get(whole)::toString);
	}

	@Test
	void utf8TextIsReadAsUtf8SoOffsetsCountItsCharacters() {
		String text = "package acme\nteam Crew \"Caf\u00e9 \u2013 Zo\u00eb\"\nteam Growth\n";
		ModelSource teams = source("teams.northstar", text);
		List<Problem> idle = withRule(check.check(List.of(teams), null).problems().get(teams), RuleIds.IDLE_TEAM);
		assertEquals(2, idle.size(), idle::toString);
		Problem growth = idle.get(1);
		assertEquals("Growth", text.substring(growth.offset(), growth.offset() + growth.length()));
	}

	@Test
	void sourcesThatCannotBeReadAreFailuresNotProblems() {
		ModelSource gone = ModelSource.ofFile(dir.resolve("gone.northstar"));
		ModelSource product = source("product.northstar", PRODUCT);
		ModelCheck.Result<ModelSource> result = check.check(List.of(gone, product), null);
		assertEquals(1, result.failures().size());
		assertEquals(gone, result.failures().get(0).source());
		assertTrue(result.failures().get(0).cause() instanceof NoSuchFileException);
		assertTrue(result.failures().get(0).message().startsWith("cannot be read ("), result.failures()::toString);
		assertEquals(List.of(product), List.copyOf(result.problems().keySet()));
	}

	@Test
	void aCancelledCheckStops() {
		ModelSource product = source("product.northstar", PRODUCT);
		assertThrows(CancellationException.class, () -> check.check(List.of(product), () -> true));
	}

	@Test
	void filesGetTheRuleProfileOfTheirFolder() throws IOException {
		Files.writeString(dir.resolve(".project"), "");
		Files.writeString(dir.resolve(RuleProfiles.FILE_NAME), "unowned-input = warning\nidle-team = off\n");
		Path teams = Files.writeString(dir.resolve("teams.northstar"), TEAMS);
		Path product = Files.writeString(dir.resolve("product.northstar"), PRODUCT);
		List<ModelSource> sources = List.of(ModelSource.ofFile(teams), ModelSource.ofFile(product));
		Map<ModelSource, List<Problem>> problems = check.check(sources, null).problems();
		assertEquals(List.of(), withRule(problems.get(sources.get(0)), RuleIds.IDLE_TEAM));
		assertEquals(List.of(Severity.WARNING),
				withRule(problems.get(sources.get(1)), RuleIds.UNOWNED_INPUT).stream().map(Problem::severity).toList());
		assertEquals(URI.createFileURI(product.toString()), sources.get(1).uri());
	}

	@Test
	void theSourceIsReadOnceAndClosed() {
		boolean[] closed = { false };
		int[] opened = { 0 };
		ModelSource counted = new ModelSource() {
			@Override
			public URI uri() {
				return ModelCheckTest.uri("counted.northstar");
			}

			@Override
			public InputStream open() {
				opened[0]++;
				return new java.io.ByteArrayInputStream(TEAMS.getBytes(StandardCharsets.UTF_8)) {
					@Override
					public void close() {
						closed[0] = true;
					}
				};
			}
		};
		check.check(List.of(counted), null);
		assertEquals(1, opened[0]);
		assertTrue(closed[0]);
	}

	private static void assertWholeFileError(List<Problem> problems, String why) {
		assertEquals(1, problems.size(), problems::toString);
		Problem problem = problems.get(0);
		assertEquals(RuleIds.SYNTAX, problem.ruleId());
		assertEquals(Severity.ERROR, problem.severity());
		assertEquals(1, problem.line());
		assertEquals(1, problem.column());
		assertNull(problem.element());
		assertTrue(problem.message().contains(why), problem::message);
	}

	private static ModelSource source(String name, String text) {
		return ModelSource.of(uri(name), text.getBytes(StandardCharsets.UTF_8));
	}

	private static URI uri(String name) {
		return URI.createURI("memory:/project/" + name);
	}

	private static List<Problem> withRule(List<Problem> problems, String ruleId) {
		return problems.stream().filter(problem -> ruleId.equals(problem.ruleId())).toList();
	}

	private static List<String> elements(List<Problem> problems, String ruleId) {
		return withRule(problems, ruleId).stream().map(Problem::element).map(name -> name.substring(name.lastIndexOf('.') + 1)).toList();
	}
}
