package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Score;

public final class LowScore extends ModelRule<Score> {

	static final int HIGHEST_LOW_SCORE = 2;

	public LowScore() {
		super(RuleIds.LOW_SCORE, Severity.WARNING, Score.class);
	}

	@Override
	public String title() {
		return "A quality criterion scored 1 or 2";
	}

	@Override
	public String why() {
		return """
				The quality criteria (expresses customer value, represents the strategy, leads revenue, \
				actionable, understandable, measurable, not vanity) are what separate a North Star from any \
				other metric. A score of 1 or 2 is the team itself saying the metric fails one of them: \
				improve the metric, or record why the weakness is accepted.""";
	}

	@Override
	protected void judge(Score score, Findings findings) {
		if (score.getValue() >= 1 && score.getValue() <= HIGHEST_LOW_SCORE && score.eContainer() instanceof NorthStar northStar) {
			findings.report(score, NorthStarPackage.Literals.SCORE__VALUE, "North Star " + quoted(northStar) + " scores "
					+ score.getValue() + " on '" + score.getCriterion().getLiteral()
					+ "'; rework the metric until it scores 3 or more, or pick another candidate.");
		}
	}
}
