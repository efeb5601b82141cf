package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.northstar.core.tests.Validation.codes;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/** Every model rule fires where its anti-pattern is, and stays quiet on near misses. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class RulesFireTest {

	@Inject
	private Validation validation;

	static Stream<Arguments> firing() {
		return RuleCases.firing();
	}

	static Stream<Arguments> quiet() {
		return RuleCases.quiet();
	}

	@ParameterizedTest(name = "{0} fires: {1}")
	@MethodSource("firing")
	void fires(String rule, String what, String model) {
		List<Issue> issues = validation.issues(model);
		assertTrue(codes(issues).contains(rule), () -> rule + " did not fire on " + what + "; issues: " + issues);
	}

	@ParameterizedTest(name = "{0} is quiet: {1}")
	@MethodSource("quiet")
	void staysQuiet(String rule, String what, String model) {
		List<Issue> issues = validation.issues(model);
		assertFalse(codes(issues).contains(rule), () -> rule + " fired on " + what + "; issues: " + issues);
	}
}
