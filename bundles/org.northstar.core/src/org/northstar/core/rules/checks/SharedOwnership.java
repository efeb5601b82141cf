package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.Input;
import org.northstar.model.NorthStarPackage;

public final class SharedOwnership extends ModelRule<Input> {

	public SharedOwnership() {
		super(RuleIds.SHARED_OWNERSHIP, Severity.WARNING, Input.class);
	}

	@Override
	public String title() {
		return "An input owned by several teams";
	}

	@Override
	public String why() {
		return """
				Everyone's job is no one's job: when several teams own an input, each assumes another will move \
				it, and none can be held to it. Give the input one owner, and if the work really is shared, \
				split the input into sub-inputs that each have their own.""";
	}

	@Override
	protected void judge(Input input, Findings findings) {
		if (input.getOwners().size() > 1) {
			findings.report(input, NorthStarPackage.Literals.INPUT__OWNERS, 1, "Input " + quoted(input) + " has "
					+ input.getOwners().size() + " owners; keep one owning team, or split it into sub-inputs with one owner each.");
		}
	}
}
