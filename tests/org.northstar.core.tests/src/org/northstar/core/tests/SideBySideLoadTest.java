package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelLoader;
import org.northstar.core.check.ModelSource;
import org.northstar.core.check.ModelValidation;
import org.northstar.core.check.Problem;
import org.northstar.core.rules.RuleIds;
import org.northstar.testing.TestSession;

/**
 * The loader parses files side by side: what it finds (problems, their order, references across
 * files) must be what it finds parsing them one after the other, and a file it cannot load must
 * leave nothing of itself behind. The same holds for validating them side by side.
 */
class SideBySideLoadTest {

	private static final int PRODUCTS = 24;

	@Test
	void manyThreadsFindWhatOneThreadFinds() {
		List<ModelSource> sources = workspace();
		Map<ModelSource, List<Problem>> alone = problems(sources, 1, 1);
		for (int run = 0; run < 3; run++) {
			Map<ModelSource, List<Problem>> sideBySide = problems(sources, 4, 4);
			assertEquals(List.copyOf(alone.keySet()), List.copyOf(sideBySide.keySet()));
			assertEquals(alone, sideBySide);
		}
		// and what they both find is right: names resolved across files, broken files reported
		assertEquals(List.of("acme.Idle"), elements(alone.get(sources.get(0)), RuleIds.IDLE_TEAM));
		for (int p = 0; p < PRODUCTS; p++) {
			List<Problem> product = alone.get(sources.get(1 + p));
			assertEquals(p % 5 == 3 ? 1 : 0, withRule(product, RuleIds.UNRESOLVED_REFERENCE).size(), product::toString);
			assertEquals(p % 7 == 2, !withRule(product, RuleIds.SYNTAX).isEmpty(), product::toString);
		}
		List<Problem> kpis = alone.get(sources.get(1 + PRODUCTS));
		assertEquals(List.of(), withRule(kpis, RuleIds.UNRESOLVED_REFERENCE));
		List<Problem> binary = alone.get(sources.get(2 + PRODUCTS));
		assertEquals(1, binary.size());
		assertTrue(binary.get(0).message().contains("binary file"), binary::toString);
	}

	@Test
	void aFileThatCannotBeLoadedIsReportedAndLeavesNothingInTheSet() {
		List<ModelSource> sources = new ArrayList<>(workspace());
		ModelSource notes = source("notes.txt", "team Somebody\n");
		sources.add(5, notes);
		LoadedModels<ModelSource> loaded = loader(4).load(sources, CancelIndicator.NullImpl);

		Problem failed = loaded.notText().get(notes);
		assertEquals(RuleIds.INTERNAL_ERROR, failed.ruleId());
		assertTrue(failed.message().startsWith("North Star failed on this file (") && failed.message().contains("the other files were checked"),
				failed::message);
		List<URI> inTheSet = loaded.resourceSet().getResources().stream().map(Resource::getURI).toList();
		List<URI> parsed = loaded.resources().keySet().stream().map(ModelSource::uri).toList();
		assertEquals(parsed, inTheSet);
		assertEquals(sources.stream().filter(source -> !source.uri().lastSegment().endsWith(".bin")).filter(source -> source != notes)
				.map(ModelSource::uri).toList(), parsed);
	}

	/** A teams file, products in the same package using its teams, a file in another package following their North Stars, a binary file. */
	private static List<ModelSource> workspace() {
		List<ModelSource> sources = new ArrayList<>();
		sources.add(source("teams.northstar", "package acme\nteam Growth\nteam Billing\nteam Idle\n"));
		for (int p = 0; p < PRODUCTS; p++) {
			String owner = p % 5 == 3 ? "Nobody" : p % 2 == 0 ? "Growth" : "Billing";
			String text = """
					package acme
					product Shop%d {
					    northstar Orders "Orders a week" { unit orders window weekly formula Visitors }
					    input Visitors "Visitors a week" { owner %s relation additive }
					    input Returns "Returns a week" { relation additive }
					    workstream W "Faster checkout" { team Billing targets Visitors }
					}
					""".formatted(p, owner);
			if (p % 7 == 2) {
				text = text.replace("{ relation additive }", "{ relation }");
			}
			sources.add(source("shop" + p + ".northstar", text));
		}
		StringBuilder kpis = new StringBuilder("package board\nimport acme.*\nproduct Board {\n");
		for (int p = 0; p < PRODUCTS; p++) {
			kpis.append("    kpi K").append(p).append(" \"Orders of shop ").append(p).append("\" { follows Shop").append(p).append(".Orders }\n");
		}
		sources.add(source("board.northstar", kpis.append("}\n").toString()));
		sources.add(ModelSource.of(URI.createURI("memory:/project/logo.bin"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1 }));
		return sources;
	}

	@Test
	void filesValidatedSideBySideGetWhatTheyGetOneAfterTheOther() {
		// loaded one after the other, so that only the validation differs
		List<ModelSource> sources = workspace();
		Map<ModelSource, List<Problem>> alone = problems(sources, 1, 1);
		for (int run = 0; run < 5; run++) {
			assertEquals(alone, problems(sources, 1, 4));
		}
		// the rule that reads what other files say of a team (idle-team) judged across files on every thread
		assertEquals(List.of("acme.Idle"), elements(problems(sources, 1, 4).get(sources.get(0)), RuleIds.IDLE_TEAM));
	}

	@Test
	void aFileWhoseValidationFailsIsReportedAndTheOthersAreStillValidated() {
		List<ModelSource> sources = workspace();
		LoadedModels<ModelSource> loaded = loader(1).load(sources, CancelIndicator.NullImpl);
		// a file the validation fails on, as on a model nested deeper than the stack: EMF's check that
		// every reference resolves meets an element that cannot list its references (other files' rules
		// walk the file's contents, not its references, so only this file fails)
		ModelSource broken = sources.get(3);
		AtomicBoolean validating = new AtomicBoolean();
		loaded.resources().get(broken).getContents().add(new MinimalEObjectImpl.Container() {
			@Override
			public EList<EObject> eCrossReferences() {
				if (validating.get()) {
					throw new StackOverflowError();
				}
				return super.eCrossReferences();
			}
		});
		validating.set(true);
		Map<ModelSource, List<Problem>> problems = TestSession.get().get(ModelValidation.class).threads(4).validate(loaded,
				CancelIndicator.NullImpl);
		assertEquals(problems(sources, 1, 1).keySet(), problems.keySet());
		assertEquals(RuleIds.INTERNAL_ERROR, problems.get(broken).get(0).ruleId(), problems.get(broken)::toString);
		assertEquals(List.of("acme.Idle"), elements(problems.get(sources.get(0)), RuleIds.IDLE_TEAM));
	}

	private static Map<ModelSource, List<Problem>> problems(List<ModelSource> sources, int loading, int validating) {
		LoadedModels<ModelSource> loaded = loader(loading).load(sources, CancelIndicator.NullImpl);
		return TestSession.get().get(ModelValidation.class).threads(validating).validate(loaded, CancelIndicator.NullImpl);
	}

	private static ModelLoader loader(int threads) {
		return TestSession.get().get(ModelLoader.class).threads(threads);
	}

	private static ModelSource source(String name, String text) {
		return ModelSource.of(URI.createURI("memory:/project/" + name), text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<Problem> withRule(List<Problem> problems, String ruleId) {
		return problems.stream().filter(problem -> ruleId.equals(problem.ruleId())).toList();
	}

	private static List<String> elements(List<Problem> problems, String ruleId) {
		return withRule(problems, ruleId).stream().map(Problem::element).toList();
	}
}
