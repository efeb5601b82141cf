package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.Input;
import org.northstar.model.NorthStarPackage;

public final class UnrelatedInput extends ModelRule<Input> {

	public UnrelatedInput() {
		super(RuleIds.UNRELATED_INPUT, Severity.WARNING, Input.class);
	}

	@Override
	public String title() {
		return "An input with no stated relation to its parent";
	}

	@Override
	public String why() {
		return """
				Saying how an input moves its parent (it adds to it, multiplies into it, or only correlates \
				with it) is what makes the tree a model instead of a list of numbers: it tells teams how much \
				a gain in their input is worth upstream and whether the parent can be computed.""";
	}

	@Override
	protected void judge(Input input, Findings findings) {
		if (!input.isSetRelation()) {
			findings.report(input, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "Input " + quoted(input)
					+ " does not say how it drives its parent; add 'relation additive', 'multiplicative' or 'correlated'.");
		}
	}
}
