package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.core.rules.text.Vocabulary;
import org.northstar.core.rules.text.Wording;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarPackage;

public final class LaggingNorthStar extends ModelRule<NorthStar> {

	public LaggingNorthStar() {
		super(RuleIds.LAGGING_NORTH_STAR, Severity.WARNING, NorthStar.class);
	}

	@Override
	public String title() {
		return "A lagging business result as North Star";
	}

	@Override
	public String why() {
		return """
				Revenue, ARR, MRR, bookings, profit and churn report value captured months after it was \
				created; teams cannot see this week what moved them. They belong in the tree as the business \
				KPI the North Star should predict. Only what the metric counts matters: a North Star that \
				merely mentions revenue in a clause ("..., which predicts revenue") is not lagging, and \
				"purchases per active customer" is a behaviour, not revenue.""";
	}

	@Override
	protected void judge(NorthStar northStar, Findings findings) {
		Wording.of(northStar).subject(Vocabulary.LAGGING)
				.ifPresent(term -> findings.report(northStar, NorthStarPackage.Literals.NAMED_ELEMENT__NAME,
						"North Star " + quoted(northStar) + " measures '" + term.text()
								+ "', a lagging business result; make it a 'kpi ... { follows " + northStar.getName()
								+ " }' and choose the customer behaviour that leads to it."));
	}
}
