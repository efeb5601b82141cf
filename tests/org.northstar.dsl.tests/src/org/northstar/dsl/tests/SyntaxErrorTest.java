package org.northstar.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.northstar.dsl.diagnostics.DiagnosticCodes;
import org.northstar.testing.NorthStarInjectorProvider;
import org.northstar.testing.Workspace;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Bad input is reported with a line, a column and the code "syntax"; nothing escapes as an exception. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class SyntaxErrorTest {

	@Inject
	private Provider<Workspace> workspaces;

	@Test
	void aMisspelledKeywordIsReportedAtItsLineAndColumn() {
		List<Issue> errors = errors("""
				product P {
				    northstar N {
				        unitt things
				    }
				}
				""");
		assertFalse(errors.isEmpty());
		Issue first = errors.get(0);
		assertEquals(DiagnosticCodes.SYNTAX, first.getCode());
		assertEquals(3, first.getLineNumber());
		assertEquals(9, first.getColumn());
	}

	@Test
	void anImpossibleDateIsAnErrorNotARollOver() {
		List<Issue> errors = errors("""
				product P {
				    northstar N { target 10 by 2027-02-30 }
				}
				""");
		assertEquals(1, errors.size(), errors::toString);
		assertEquals(DiagnosticCodes.SYNTAX, errors.get(0).getCode());
		assertTrue(errors.get(0).getMessage().contains("2027-02-30"));
	}

	@Test
	void aScoreOutsideOneToFiveIsAnError() {
		List<Issue> errors = errors("""
				product P { northstar N { scores { value 7 } } }
				""");
		assertEquals(List.of("score-range"), errors.stream().map(Issue::getCode).toList());
	}

	@Test
	void aClauseWrittenTwiceIsAnErrorOnTheSecond() {
		List<Issue> errors = errors("""
				product P {
				    northstar N {
				        unit invoices
				        unit payments
				    }
				}
				""");
		assertEquals(1, errors.size(), errors::toString);
		assertEquals("duplicate-clause", errors.get(0).getCode());
		assertEquals(4, errors.get(0).getLineNumber());
	}

	@Test
	void everyRepeatOfEveryClauseIsAnErrorButListsAndFormulasAreNot() {
		List<Issue> errors = errors("""
				product P {
				    northstar N {
				        unit invoices
				        window weekly
				        unit payments
				        window daily
				        unit orders
				        formula A + B * (A - B)
				    }
				    input A "First" { owner T formula B * B * B - B / (B + B) - B }
				    input B "Second" { owner T }
				}
				team T { lead "Ann" }
				""");
		assertEquals(List.of("duplicate-clause"), errors.stream().map(Issue::getCode).distinct().toList(),
				errors::toString);
		assertEquals(List.of(5, 6, 7), errors.stream().map(Issue::getLineNumber).sorted().toList(), errors::toString);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "product", "product P {", "}}}}", "team", "\u0000\u0001\u0002binary\uFFFD",
			"product P { input I { formula ( } }", "product P { northstar N { formula 1 / } }",
			"package a.b.\nteam X", "product P { kpi K { follows } }" })
	void brokenTextNeverThrows(String text) {
		// Reaching the assertion at all is the point: parsing and validating must not throw.
		List<Issue> issues = workspaces.get().file("broken.northstar", text).load().issues("broken.northstar");
		assertTrue(text.isEmpty() || !issues.isEmpty(), "broken text must report something");
	}

	private List<Issue> errors(String text) {
		return workspaces.get().file("file.northstar", text).load().issues("file.northstar").stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
	}
}
