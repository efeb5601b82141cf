package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.northstar.core.tests.Validation.withCode;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.core.rules.RuleIds;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/** Teams are often declared in a teams.northstar of their own and given work in the product files. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class IdleTeamAcrossFilesTest {

	private static final String TEAMS = """
			package acme.invoicely
			team Growth
			team Billing
			team Payments
			team Legal
			""";

	@Inject
	private Validation validation;

	@Test
	void aTeamWithWorkInAnotherFileIsNotIdle() {
		String product = Example.clean().replace("team Growth    { lead \"Dana Ortiz\" members \"Ali\", \"Bo\" }\n", "")
				.replace("team Billing\n", "").replace("team Payments\n", "")
				// explicit, so that the test does not depend on how same-package names are scoped
				.replace("package acme.invoicely\n", "package acme.invoicely\nimport acme.invoicely.*\n").text();
		List<Issue> issues = validation.issues(validation.workspace().file("teams.northstar", TEAMS)
				.file(Example.PATH, product), "teams.northstar");
		List<Issue> idle = withCode(issues, RuleIds.IDLE_TEAM);
		assertEquals(1, idle.size(), issues::toString);
		assertEquals(Integer.valueOf(5), idle.get(0).getLineNumber());
	}

	@Test
	void withoutTheProductFileEveryTeamIsIdle() {
		List<Issue> issues = validation.issues(validation.workspace().file("teams.northstar", TEAMS), "teams.northstar");
		assertEquals(4, withCode(issues, RuleIds.IDLE_TEAM).size());
	}
}
