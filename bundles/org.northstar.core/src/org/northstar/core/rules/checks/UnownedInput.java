package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.Input;
import org.northstar.model.NorthStarPackage;

public final class UnownedInput extends ModelRule<Input> {

	public UnownedInput() {
		super(RuleIds.UNOWNED_INPUT, Severity.ERROR, Input.class);
	}

	@Override
	public String title() {
		return "An input with no owning team";
	}

	@Override
	public String why() {
		return """
				An input is a lever only if someone is accountable for pulling it. Without an owner it is \
				reported on and never moved, and the tree stops telling teams which work matters. Every input, \
				sub-inputs included, names the one team that owns it.""";
	}

	@Override
	protected void judge(Input input, Findings findings) {
		if (input.getOwners().isEmpty()) {
			findings.report(input, NorthStarPackage.Literals.NAMED_ELEMENT__NAME,
					"Input " + quoted(input) + " has no owner; add 'owner <Team>' naming the one team that moves it.");
		}
	}
}
