package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.northstar.core.tests.Validation.withCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.core.rules.NorthStarRules;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.config.ExplicitProfile;
import org.northstar.core.rules.config.RuleProfiles;
import org.northstar.core.rules.validation.RuleValidator;
import org.northstar.testing.NorthStarInjectorProvider;
import org.northstar.testing.Workspace;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/** northstar-rules.properties next to real model files, and the explicit profile of the CLI. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class RuleProfileTest {

	/** Fires vanity-north-star (warning) and missing-kpi (warning) by default. */
	private static final String MODEL = Example.clean()
			.replace("\"Invoices paid by their due date\"", "\"Total messages sent\"")
			.replace("    kpi PaidSeats \"Paid seats\" { follows PaidOnTime }\n", "").text();

	@TempDir
	private Path root;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Inject
	private Validation validation;

	@Inject
	private Injector injector;

	@Test
	void withoutProfilesTheDefaultsApply() throws IOException {
		List<Issue> issues = validateModelIn(project().resolve("models"));
		assertEquals(List.of(Severity.WARNING), severities(issues, RuleIds.VANITY_NORTH_STAR));
		assertEquals(List.of(Severity.WARNING), severities(issues, RuleIds.MISSING_KPI));
	}

	@Test
	void nearerFileWinsPerKeyAndFartherKeysStillApply() throws IOException {
		Path project = project();
		write(project.resolve(RuleProfiles.FILE_NAME), "vanity-north-star = error\nmissing-kpi = off\n");
		write(project.resolve("models").resolve(RuleProfiles.FILE_NAME), "vanity-north-star = info\n");
		List<Issue> issues = validateModelIn(project.resolve("models"));
		assertEquals(List.of(Severity.INFO), severities(issues, RuleIds.VANITY_NORTH_STAR));
		assertEquals(List.of(), severities(issues, RuleIds.MISSING_KPI));
	}

	@Test
	void filesAboveTheProjectRootDoNotApply() throws IOException {
		write(root.resolve(RuleProfiles.FILE_NAME), "vanity-north-star = off\n");
		Path project = root.resolve("repo");
		Files.createDirectories(project.resolve(".git"));
		write(project.resolve(RuleProfiles.FILE_NAME), "missing-kpi = error\n");
		List<Issue> issues = validateModelIn(project.resolve("models"));
		assertEquals(List.of(Severity.WARNING), severities(issues, RuleIds.VANITY_NORTH_STAR));
		assertEquals(List.of(Severity.ERROR), severities(issues, RuleIds.MISSING_KPI));
	}

	@Test
	void mistakesInAProfileAreReportedAndTheRestStillApplies() throws IOException {
		Path project = project();
		write(project.resolve(RuleProfiles.FILE_NAME), "vanity = off\nmissing-kpi = loud\nvanity-north-star = error\n");
		List<Issue> issues = validateModelIn(project.resolve("models"));
		assertEquals(2, withCode(issues, RuleValidator.PROFILE_PROBLEM).size(), issues::toString);
		assertEquals(List.of(Severity.ERROR), severities(issues, RuleIds.VANITY_NORTH_STAR));
		assertEquals(List.of(Severity.WARNING), severities(issues, RuleIds.MISSING_KPI));
	}

	@Test
	void explicitProfileWinsOverFilesAndAppliesToModelsThatAreNotFiles() throws IOException {
		Path project = project();
		write(project.resolve(RuleProfiles.FILE_NAME), "vanity-north-star = error\n");
		Path explicit = write(root.resolve("ci-rules.properties"), "vanity-north-star = off\nmissing-kpi = error\n");
		List<Issue> issues = validateModelIn(project.resolve("models"), explicit);
		assertEquals(List.of(), severities(issues, RuleIds.VANITY_NORTH_STAR));
		Workspace inMemory = validation.workspace().file(Example.PATH, MODEL).load();
		ExplicitProfile.attach(inMemory.resource(Example.PATH).getResourceSet(), explicit);
		NorthStarRules.addTo(injector);
		assertEquals(List.of(Severity.ERROR), severities(inMemory.issues(Example.PATH), RuleIds.MISSING_KPI));
		assertEquals(List.of(Severity.WARNING), severities(validation.issues(MODEL), RuleIds.MISSING_KPI),
				"the explicit profile belongs to the validation it was given to, not to the next one");
	}

	@Test
	void modelsThatAreNotFilesGetTheDefaults() throws IOException {
		write(project().resolve(RuleProfiles.FILE_NAME), "missing-kpi = off\n");
		assertEquals(List.of(Severity.WARNING), severities(validation.issues(MODEL), RuleIds.MISSING_KPI));
		assertFalse(validation.issues(MODEL).stream().anyMatch(issue -> RuleValidator.PROFILE_PROBLEM.equals(issue.getCode())));
	}

	private Path project() throws IOException {
		Path project = root.resolve("project");
		Files.createDirectories(project.resolve("models"));
		Files.writeString(project.resolve(".project"), "");
		return project;
	}

	private List<Issue> validateModelIn(Path folder) throws IOException {
		return validateModelIn(folder, null);
	}

	private List<Issue> validateModelIn(Path folder, Path explicitProfile) throws IOException {
		Path file = write(folder.resolve("invoicely.northstar"), MODEL);
		NorthStarRules.addTo(injector);
		XtextResourceSet resourceSet = resourceSets.get();
		if (explicitProfile != null) {
			ExplicitProfile.attach(resourceSet, explicitProfile);
		}
		var resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static Path write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text);
	}

	private static List<Severity> severities(List<Issue> issues, String code) {
		return withCode(issues, code).stream().map(Issue::getSeverity).toList();
	}
}
