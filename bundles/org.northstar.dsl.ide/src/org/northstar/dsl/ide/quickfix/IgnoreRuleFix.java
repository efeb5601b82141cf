package org.northstar.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.northstar.model.Expression;

/**
 * "Ignore rule-id here": the ignore comment the rules honour ({@code // northstar:ignore rule-id
 * reason}) on the line above the element the finding is about. A finding in a formula belongs to
 * the metric holding the formula, as the rules see it, so the comment goes above the metric.
 */
final class IgnoreRuleFix {

	/** What the comment says until the analyst writes why the rule does not apply here. */
	static final String REASON_PLACEHOLDER = "<why this is fine here>";

	private IgnoreRuleFix() {
	}

	static void ignore(DiagnosticResolutionAcceptor acceptor, String ruleId, EObject element) {
		EObject statement = element;
		while (statement instanceof Expression && statement.eContainer() != null) {
			statement = statement.eContainer();
		}
		EObject target = statement;
		acceptor.accept("Ignore " + ruleId + " here", (diagnostic, context, document) -> List.of(
				TextInsertions.lineAbove(target, document, "// northstar:ignore " + ruleId + " " + REASON_PLACEHOLDER)));
	}
}
