package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.northstar.core.tests.Validation.codes;
import static org.northstar.core.tests.Validation.complaints;
import static org.northstar.core.tests.Validation.withCode;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.core.rules.RuleIds;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/** The language reference's example under the rules: clean, and the snippet's anti-patterns found. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class LanguageExampleRulesTest {

	@Inject
	private Validation validation;

	@Test
	void exampleIsClean() {
		List<Issue> issues = validation.issues(Example.clean().text());
		assertEquals(List.of(), complaints(issues));
	}

	@Test
	void exampleOnlyHintsAtTheCorrelatedSubInputAndTheMissingFrequency() {
		List<Issue> issues = validation.issues(Example.clean().text());
		assertEquals(List.of(RuleIds.CORRELATED_INPUT, RuleIds.DIMENSION_GAP), codes(issues).stream().sorted().toList());
		assertTrue(issues.stream().allMatch(issue -> issue.getSeverity() == Severity.INFO));
	}

	@Test
	void returningSendersSnippetSharesOwnershipAndOverlaps() {
		List<Issue> issues = validation.issues(Example.clean().withMember(Example.RETURNING_SENDERS).text());
		List<String> warnings = codes(issues.stream().filter(issue -> issue.getSeverity() == Severity.WARNING).toList());
		assertTrue(warnings.containsAll(List.of(RuleIds.SHARED_OWNERSHIP, RuleIds.OVERLAPPING_INPUTS)), warnings::toString);
		assertTrue(codes(issues).contains(RuleIds.CORRELATED_INPUT));
	}

	@Test
	void findingsPointAtTheElementsLine() {
		String model = Example.clean().replace("            owner Payments   relation correlated", "            relation correlated")
				.replace("formula Senders * InvoicesPerSender * OnTimeShare", "formula Senders / 0").text();
		List<Issue> issues = validation.issues(model);
		assertEquals(List.of(lineOf(model, "input RemindersPerInvoice")), lines(withCode(issues, RuleIds.UNOWNED_INPUT)));
		assertEquals(List.of(lineOf(model, "formula Senders / 0")), lines(withCode(issues, RuleIds.DIVISION_BY_ZERO)));
		assertEquals(Severity.ERROR, withCode(issues, RuleIds.UNOWNED_INPUT).get(0).getSeverity());
	}

	@Test
	void sharedOwnershipPointsAtTheSecondOwner() {
		String model = Example.clean().withMember(Example.RETURNING_SENDERS).text();
		Issue shared = withCode(validation.issues(model), RuleIds.SHARED_OWNERSHIP).get(0);
		assertEquals(model.indexOf("Billing relation correlated"), shared.getOffset());
	}

	static int lineOf(String text, String snippet) {
		int offset = text.indexOf(snippet);
		assertTrue(offset >= 0, snippet);
		return (int) text.substring(0, offset).lines().count() + (text.substring(0, offset).endsWith("\n") ? 1 : 0);
	}

	private static List<Integer> lines(List<Issue> issues) {
		return issues.stream().map(Issue::getLineNumber).toList();
	}
}
