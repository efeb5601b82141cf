package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.northstar.core.tests.Validation.codes;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.core.rules.RuleIds;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/** {@code // northstar:ignore rule-id reason} on the line directly above an element. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class IgnoreCommentTest {

	private static final String SUB_INPUT = "        input RemindersPerInvoice";
	private static final String UNOWNED = "            owner Payments   relation correlated";

	@Inject
	private Validation validation;

	private List<String> codesWithAbove(String target, String lines) {
		return codes(validation.issues(Example.clean().replace(UNOWNED, "").replace(target, lines + target).text()));
	}

	@Test
	void commentDirectlyAboveSilencesThatRule() {
		List<String> codes = codesWithAbove(SUB_INPUT, "        // northstar:ignore unowned-input the team is being hired\n");
		assertFalse(codes.contains(RuleIds.UNOWNED_INPUT), codes::toString);
		assertTrue(codes.contains(RuleIds.UNRELATED_INPUT), () -> "other rules still speak: " + codes);
	}

	@Test
	void stackedCommentsSilenceEachTheirRule() {
		List<String> codes = codesWithAbove(SUB_INPUT,
				"        // northstar:ignore unrelated-input measured by hand for now\n        // northstar:ignore unowned-input hiring\n");
		assertFalse(codes.contains(RuleIds.UNOWNED_INPUT), codes::toString);
		assertFalse(codes.contains(RuleIds.UNRELATED_INPUT), codes::toString);
	}

	@Test
	void commentForAnotherRuleSilencesNothing() {
		assertTrue(codesWithAbove(SUB_INPUT, "        // northstar:ignore shared-ownership\n").contains(RuleIds.UNOWNED_INPUT));
	}

	@Test
	void commentSeparatedByABlankLineSilencesNothing() {
		assertTrue(codesWithAbove(SUB_INPUT, "        // northstar:ignore unowned-input\n\n").contains(RuleIds.UNOWNED_INPUT));
	}

	@Test
	void commentTrailingTheLineAboveSilencesNothing() {
		String model = Example.clean().replace(UNOWNED, "")
				.replace("owner Payments       relation multiplicative\n",
						"owner Payments       relation multiplicative // northstar:ignore unowned-input\n")
				.text();
		assertTrue(codes(validation.issues(model)).contains(RuleIds.UNOWNED_INPUT));
	}

	@Test
	void commentAboveAMetricSilencesItsFormula() {
		String model = Example.clean()
				.replace("        formula Senders * InvoicesPerSender * OnTimeShare",
						"        // northstar:ignore division-by-zero placeholder until the data is in\n        formula Senders / 0")
				.text();
		assertTrue(codes(validation.issues(model)).contains(RuleIds.DIVISION_BY_ZERO), "the comment is above the clause, not the metric");
		String aboveMetric = Example.clean().replace("formula Senders * InvoicesPerSender * OnTimeShare", "formula Senders / 0")
				.replace("    northstar PaidOnTime", "    // northstar:ignore division-by-zero placeholder\n    northstar PaidOnTime")
				.text();
		assertFalse(codes(validation.issues(aboveMetric)).contains(RuleIds.DIVISION_BY_ZERO));
	}
}
