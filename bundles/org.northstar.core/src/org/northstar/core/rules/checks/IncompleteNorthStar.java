package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import java.util.ArrayList;
import java.util.List;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarPackage;

public final class IncompleteNorthStar extends ModelRule<NorthStar> {

	public IncompleteNorthStar() {
		super(RuleIds.INCOMPLETE_NORTH_STAR, Severity.WARNING, NorthStar.class);
	}

	@Override
	public String title() {
		return "North Star without unit or time window";
	}

	@Override
	public String why() {
		return """
				"Invoices paid" means nothing until it says per what and over which period: the unit makes \
				values comparable, the window (weekly, monthly...) sets the rhythm at which teams review and \
				react. Without them two people read two different numbers off the same dashboard.""";
	}

	@Override
	protected void judge(NorthStar northStar, Findings findings) {
		List<String> missing = new ArrayList<>();
		if (Names.isBlank(northStar.getUnit())) {
			missing.add("'unit'");
		}
		if (!northStar.isSetWindow()) {
			missing.add("'window'");
		}
		if (!missing.isEmpty()) {
			findings.report(northStar, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "North Star " + quoted(northStar)
					+ " has no " + String.join(" and no ", missing) + "; add " + String.join(" and ", missing) + " to its body.");
		}
	}
}
