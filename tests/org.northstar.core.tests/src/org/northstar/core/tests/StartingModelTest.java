package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.eclipse.emf.common.util.URI;
import org.northstar.core.check.ModelLoader;
import org.northstar.core.check.ModelSource;
import org.northstar.core.templates.ModelPackages;
import org.northstar.core.templates.Names;
import org.northstar.core.templates.StartingModel;
import org.northstar.testing.NorthStarInjectorProvider;
import org.northstar.testing.TestSession;
import org.northstar.testing.Workspace;

import com.google.inject.Inject;

/** Every starting model validates: alone with its own teams, and split into a model and a teams file. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class StartingModelTest {

	private static final String VALUE = "Teams \"finish\" the work they planned \\ for the week";

	@Inject
	private Validation validation;

	@ParameterizedTest
	@EnumSource(StartingModel.class)
	void aModelWithItsOwnTeamsHasNoErrors(StartingModel model) {
		List<Issue> issues = validation.issues(model.render("acme.tracker", "Tracker", VALUE, "attention"));
		assertEquals(List.of(), errors(issues));
		if (model != StartingModel.EMPTY) {
			assertEquals(List.of(), warnings(issues), "the game templates are clean");
		}
	}

	@ParameterizedTest
	@EnumSource(StartingModel.class)
	void aModelBesideATeamsFileHasNoErrors(StartingModel model) {
		Workspace workspace = validation.workspace().file("teams.northstar", model.teamsFile("acme"))
				.file("tracker.northstar", model.renderWithoutTeams("acme", "Tracker", VALUE, "productivity"));
		assertEquals(List.of(), errors(validation.issues(workspace, "tracker.northstar")));
		assertEquals(List.of(), errors(validation.issues(workspace, "teams.northstar")));
		assertFalse(model.renderWithoutTeams("acme", "Tracker", VALUE, null).contains("\nteam "));
	}

	/** A model beside a teams file that is not the template's: each input owned by a team chosen from it. */
	@ParameterizedTest
	@EnumSource(StartingModel.class)
	void aModelOwnedByTeamsOfAnotherFileHasNoErrors(StartingModel model) {
		List<String> teams = List.of("Acquisition", "Core", "Payments", "Partnerships", "Support");
		List<String> owners = teams.subList(0, model.inputs().size());
		String text = model.renderOwnedBy("acme", "Tracker", VALUE, "productivity", owners);
		Workspace workspace = validation.workspace()
				.file("teams.northstar", "package acme\n" + teams.stream().map(team -> "team " + team + "\n").reduce("", String::concat))
				.file("tracker.northstar", text);
		assertEquals(List.of(), errors(validation.issues(workspace, "tracker.northstar")), text);
		assertEquals(model.owners().size(), model.inputs().size());
		for (String owner : owners) {
			assertTrue(text.contains("owner " + owner + " "), owner + " in " + text);
		}
		for (String templateTeam : model.owners()) {
			assertFalse(text.contains("owner " + templateTeam + " ") || text.contains("team " + templateTeam), templateTeam + " in " + text);
		}
	}

	@Test
	void theProductivityModelNamesItsInputsAndTheirTeams() {
		assertEquals(List.of("ActiveTeams", "TasksPerTeam", "ReturningTeams"), StartingModel.PRODUCTIVITY.inputs());
		assertEquals(List.of("Growth", "Workflow", "Retention"), StartingModel.PRODUCTIVITY.owners());
		assertEquals(List.of(), StartingModel.EMPTY.inputs());
	}

	@Test
	void aNewModelJoinsThePackageOfTheTeamsFile() {
		ModelPackages packages = ModelPackages.read(TestSession.get().get(ModelLoader.class), List.of(
				ModelSource.of(URI.createURI("mem:/a.northstar"), "package acme.drafts\nproduct Draft { value \"v\" game attention }\n".getBytes()),
				ModelSource.of(URI.createURI("mem:/teams.northstar"), "package acme\nteam Growth\nteam Billing\n".getBytes()),
				ModelSource.of(URI.createURI("mem:/b.northstar"), "package acme.drafts\nproduct Other { value \"v\" game attention }\n".getBytes())));
		assertEquals("acme", packages.usual("fallback"), "the package with the teams, though two files use another");
		assertEquals(List.of("Growth", "Billing"), packages.teams("acme"));
		assertEquals(List.of("Draft", "Other"), packages.products("acme.drafts"));
		assertEquals("fallback", ModelPackages.none().usual("fallback"));
	}

	@Test
	void theValueStatementKeepsQuotesAndBackslashes() {
		String text = StartingModel.EMPTY.render("p", "P", VALUE, "transaction");
		assertTrue(text.contains("value \"Teams \\\"finish\\\" the work they planned \\\\ for the week\""), text);
		assertTrue(text.contains("game  transaction"), text);
	}

	@Test
	void namesAndPackagesFollowTheLanguage() {
		assertNull(Names.problemWithName("Tracker"));
		assertNotNull(Names.problemWithName("My Tracker"));
		assertNotNull(Names.problemWithName("product"));
		assertEquals("MyTracker", Names.suggest("my tracker"));
		assertEquals("acme.strategy_2026", Names.packageFor("Acme Strategy_2026"));
		assertEquals("p2026.plans", Names.packageFor("2026 plans"));
	}

	private static List<String> errors(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).map(i -> i.getCode() + ": " + i.getMessage()).toList();
	}

	private static List<String> warnings(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == Severity.WARNING).map(i -> i.getCode() + ": " + i.getMessage()).toList();
	}
}
