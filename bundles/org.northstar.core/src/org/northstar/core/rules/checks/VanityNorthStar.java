package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.core.rules.text.Vocabulary;
import org.northstar.core.rules.text.Wording;
import org.northstar.model.Criterion;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Score;

public final class VanityNorthStar extends ModelRule<NorthStar> {

	public VanityNorthStar() {
		super(RuleIds.VANITY_NORTH_STAR, Severity.WARNING, NorthStar.class);
	}

	@Override
	public String title() {
		return "A vanity count as North Star";
	}

	@Override
	public String why() {
		return """
				Sign-ups, downloads, page views, followers or raw active users rise with marketing spend and \
				seasonality whether or not anyone gets value, so they reward the wrong work and are easy to game. \
				Qualify the count by the behaviour that shows value ("messages sent in connected teams", \
				"freelancers paid within a week") and it becomes a fair North Star. A team that scores its own \
				North Star 1 or 2 on "not vanity" has already said as much.""";
	}

	@Override
	protected void judge(NorthStar northStar, Findings findings) {
		Wording.of(northStar).unqualifiedSubject(Vocabulary.VANITY)
				.ifPresent(term -> findings.report(northStar, NorthStarPackage.Literals.NAMED_ELEMENT__NAME,
						"North Star " + quoted(northStar) + " counts '" + term.text()
								+ "', which rises regardless of value; qualify it by the behaviour that shows value "
								+ "(who, in what, within what) or pick an outcome metric."));
		for (Score score : northStar.getScores()) {
			if (score.getCriterion() == Criterion.NOT_VANITY && score.getValue() >= 1 && score.getValue() <= 2) {
				findings.report(score, NorthStarPackage.Literals.SCORE__VALUE, "North Star " + quoted(northStar)
						+ " is scored " + score.getValue() + " on 'notVanity'; rework it into a metric that only rises when customers get value.");
			}
		}
	}
}
