package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.northstar.core.rules.Rule;
import org.northstar.core.rules.RuleCatalog;
import org.northstar.core.rules.RuleHelp;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/** The help of every rule is right: its example really fires it, and it says how to fix what it finds. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class RuleHelpTest {

	@Inject
	private Validation validation;

	static Stream<String> ruleIds() {
		return RuleCatalog.all().stream().map(Rule::id);
	}

	@ParameterizedTest
	@MethodSource("ruleIds")
	void theExampleFiresTheRule(String id) {
		String example = RuleHelp.example(id);
		List<String> codes = Validation.codes(RuleHelp.exampleData(id).map(data -> validation.issuesWithData(example, data))
				.orElseGet(() -> validation.issues(example)));
		assertTrue(codes.contains(id), id + " example reports " + codes);
	}

	@ParameterizedTest
	@MethodSource("dataRuleIds")
	void aDataRulesExampleIsQuietWithoutItsData(String id) {
		assertFalse(Validation.codes(validation.issues(RuleHelp.example(id))).contains(id), id);
	}

	static Stream<String> dataRuleIds() {
		return RuleCatalog.dataRules().stream().map(Rule::id);
	}

	@ParameterizedTest
	@MethodSource("ruleIds")
	void theHelpSaysHowToFixIt(String id) {
		assertTrue(RuleHelp.fix(id).length() > 40, id);
	}
}
