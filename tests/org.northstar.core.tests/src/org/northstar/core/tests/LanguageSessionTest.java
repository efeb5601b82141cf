package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.core.check.LanguageSession;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelIndex;
import org.northstar.core.check.ModelLoader;
import org.northstar.core.check.ModelSource;
import org.northstar.core.check.ModelValidation;
import org.northstar.core.check.Problem;
import org.northstar.core.rules.RuleIds;
import org.northstar.dsl.NorthStarStandaloneSetup;
import org.northstar.model.Input;
import org.northstar.model.NorthStarModel;
import org.northstar.testing.TestSession;

import com.google.inject.Injector;

/**
 * A session's injector, rules and index: the rules belong to the session's injector (nothing
 * global), and a file parsed alone links against the index of the others, reading only what it
 * refers to.
 */
class LanguageSessionTest {

	private static final String TEAMS = "package acme\nteam Growth\nteam Billing\n";
	private static final String PRODUCT = """
			package acme
			product Shop {
			    input Visitors "Visitors a week" { owner Growth relation additive }
			}
			""";
	private static final String UNRELATED = "package acme\nproduct Other { input Clicks \"Clicks a day\" { owner Billing } }\n";

	@TempDir
	Path dir;

	private final LanguageSession session = TestSession.get();

	@Test
	void theRulesBelongToTheSessionsInjectorNotToTheProcess() throws IOException {
		Path product = write("product.northstar", "package acme\nproduct Shop { input Visitors \"Visitors a week\" { relation additive } }\n");
		assertTrue(codes(session.injector(), product).contains(RuleIds.UNOWNED_INPUT), "the session validates with the rules");
		Injector withoutRules = new NorthStarStandaloneSetup().createInjector();
		assertEquals(List.of(), codes(withoutRules, product).stream().filter(RuleIds.UNOWNED_INPUT::equals).toList(),
				"another injector of the same process has only the language's own checks");
	}

	@Test
	void aFileParsedAloneLinksAgainstTheIndexAndReadsOnlyWhatItRefersTo() throws IOException {
		ModelSource teams = ModelSource.ofFile(write("teams.northstar", TEAMS));
		ModelSource product = ModelSource.ofFile(write("product.northstar", PRODUCT));
		ModelSource unrelated = ModelSource.ofFile(write("unrelated.northstar", UNRELATED));
		ModelIndex index = new ModelIndex();
		session.check().check(List.of(teams, product, unrelated), index, source -> 1, CancelIndicator.NullImpl);

		ModelSource edited = ModelSource.of(product.uri(), PRODUCT.replace("Visitors a week", "Visitors a day").getBytes(StandardCharsets.UTF_8));
		LoadedModels<ModelSource> loaded = session.get(ModelLoader.class).load(List.of(edited),
				index.descriptionsOf(List.of(teams.uri(), unrelated.uri())), CancelIndicator.NullImpl);
		Input visitors = ((NorthStarModel) loaded.resources().get(edited).getContents().get(0)).getProducts().get(0).getInputs().get(0);
		assertEquals("Growth", visitors.getOwners().get(0).getName(), "the owner resolves to the team in the other file");
		assertEquals(List.of(product.uri(), teams.uri()), loaded.resourceSet().getResources().stream().map(Resource::getURI).toList(),
				"the unrelated file is not read");
	}

	@Test
	void aTeamsFileParsedAloneSeesTheWorkGivenInIndexedFiles() throws IOException {
		ModelSource teams = ModelSource.ofFile(write("teams.northstar", TEAMS));
		ModelSource product = ModelSource.ofFile(write("product.northstar", PRODUCT));
		ModelIndex index = new ModelIndex();
		session.check().check(List.of(teams, product), index, source -> 1, CancelIndicator.NullImpl);

		LoadedModels<ModelSource> alone = session.get(ModelLoader.class).load(List.of(teams), index.descriptionsOf(List.of(product.uri())),
				CancelIndicator.NullImpl);
		Map<ModelSource, List<Problem>> problems = session.get(ModelValidation.class).validate(alone, CancelIndicator.NullImpl);
		assertEquals(List.of("acme.Billing"), problems.get(teams).stream().filter(p -> p.ruleId().equals(RuleIds.IDLE_TEAM))
				.map(Problem::element).toList(), "Growth owns an input in the indexed product file; Billing nothing");
	}

	@Test
	void theIndexKnowsWhichVersionOfAFileItHolds() throws IOException {
		ModelSource teams = ModelSource.ofFile(write("teams.northstar", TEAMS));
		ModelIndex index = new ModelIndex();
		session.check().check(List.of(teams), index, source -> 7, CancelIndicator.NullImpl);
		assertTrue(index.isCurrent(teams.uri(), 7));
		assertTrue(!index.isCurrent(teams.uri(), 8), "a newer file is not current");
		index.remove(teams.uri());
		assertTrue(!index.isCurrent(teams.uri(), 7));
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static List<String> codes(Injector injector, Path file) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.getResource(ModelSource.fileUri(file), true);
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		return issues.stream().map(Issue::getCode).toList();
	}
}
