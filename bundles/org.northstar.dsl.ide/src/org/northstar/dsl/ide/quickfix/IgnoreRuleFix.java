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

	private static final String TITLE_START = "Ignore ";
	private static final String TITLE_END = " here";

	private IgnoreRuleFix() {
	}

	static void ignore(DiagnosticResolutionAcceptor acceptor, String ruleId, EObject element) {
		EObject statement = element;
		while (statement instanceof Expression && statement.eContainer() != null) {
			statement = statement.eContainer();
		}
		EObject target = statement;
		acceptor.accept(TITLE_START + ruleId + TITLE_END, (diagnostic, context, document) -> List.of(
				TextInsertions.lineAbove(target, document, "// northstar:ignore " + ruleId + " " + REASON_PLACEHOLDER)));
	}

	/** Whether a code action's title is the one of this fix ("Ignore rule-id here"). */
	static boolean isIgnore(String title) {
		return title != null && title.startsWith(TITLE_START) && title.endsWith(TITLE_END);
	}
}
