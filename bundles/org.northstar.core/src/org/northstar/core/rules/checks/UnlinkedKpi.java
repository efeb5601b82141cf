package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.Kpi;
import org.northstar.model.NorthStarPackage;

public final class UnlinkedKpi extends ModelRule<Kpi> {

	public UnlinkedKpi() {
		super(RuleIds.UNLINKED_KPI, Severity.WARNING, Kpi.class);
	}

	@Override
	public String title() {
		return "A KPI that follows no North Star";
	}

	@Override
	public String why() {
		return """
				A KPI is in the tree to check the North Star's promise that value created turns into business \
				results. Unlinked, it is just another number, and nobody notices when the two drift apart.""";
	}

	@Override
	protected void judge(Kpi kpi, Findings findings) {
		if (kpi.getFollows() == null) {
			findings.report(kpi, NorthStarPackage.Literals.NAMED_ELEMENT__NAME,
					"KPI " + quoted(kpi) + " follows no North Star; add 'follows <NorthStar>' to its body.");
		}
	}
}
