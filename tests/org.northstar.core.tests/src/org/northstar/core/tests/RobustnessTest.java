package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/** Half-written models are what the editor validates most of the time; no rule may fail on them. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class RobustnessTest {

	private static final int STEP = 37;

	@Inject
	private Validation validation;

	@Test
	void everyPrefixOfTheExampleValidatesWithoutFailingARule() {
		String example = Example.clean().withMember(Example.RETURNING_SENDERS).text();
		for (int end = 0; end < example.length(); end += STEP) {
			String prefix = example.substring(0, end);
			List<Issue> issues = validation.issues(prefix);
			assertTrue(issues.stream().noneMatch(issue -> issue.getMessage().contains("Error executing EValidator")),
					() -> "a rule failed on the text up to offset " + prefix.length() + ": " + issues);
		}
	}
}
