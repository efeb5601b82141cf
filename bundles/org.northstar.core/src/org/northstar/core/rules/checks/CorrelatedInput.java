package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.metrics.ComputedStatus;
import org.northstar.model.Input;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Relation;

public final class CorrelatedInput extends ModelRule<Input> {

	public CorrelatedInput() {
		super(RuleIds.CORRELATED_INPUT, Severity.INFO, Input.class);
	}

	@Override
	public String title() {
		return "An input only correlated with its parent";
	}

	@Override
	public String why() {
		return """
				Correlation is allowed, and common for early trees, but a correlated input may move without \
				its parent following. Inputs should drive the North Star; once the mechanism is understood, \
				restate the input so that it adds to or multiplies into its parent.""";
	}

	@Override
	protected void judge(Input input, Findings findings) {
		if (input.isSetRelation() && input.getRelation() == Relation.CORRELATED) {
			findings.report(input, NorthStarPackage.Literals.INPUT__RELATION, "Input " + quoted(input)
					+ " is only correlated with its parent" + measured(input)
					+ "; once the mechanism is known, make it additive or multiplicative.");
		}
	}

	/** With data attached: how strongly it correlates, " (r = 0.62 over 52 periods)"; else nothing. */
	private static String measured(Input input) {
		return ComputedStatus.of(input).flatMap(status -> status.of(input)).map(status -> status.r())
				.filter(r -> r != null && r.known())
				.map(r -> " (r = " + DataWords.number(r.value()) + " over " + r.n() + " periods)").orElse("");
	}
}
