package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.core.rules.text.Wording;
import org.northstar.core.rules.text.Words;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarPackage;

public final class ComplexNorthStar extends ModelRule<NorthStar> {

	static final int MAX_WORDS = 12;
	static final int MAX_CLAUSES = 2;

	public ComplexNorthStar() {
		super(RuleIds.COMPLEX_NORTH_STAR, Severity.WARNING, NorthStar.class);
	}

	@Override
	public String title() {
		return "North Star too complex to remember";
	}

	@Override
	public String why() {
		return """
				A North Star works only if everyone can say it from memory, in the hallway and in planning. \
				A definition of more than twelve words, or one stacked with qualifying clauses, gets \
				paraphrased and then measured differently by each team. Keep the sentence short; put the \
				precise definition in the query or formula.""";
	}

	@Override
	protected void judge(NorthStar northStar, Findings findings) {
		String description = northStar.getDescription();
		int words = Words.count(description);
		int clauses = Wording.ofText(description).qualifyingClauses();
		if (words > MAX_WORDS || clauses > MAX_CLAUSES) {
			findings.report(northStar, NorthStarPackage.Literals.NAMED_ELEMENT__DESCRIPTION,
					"North Star " + quoted(northStar) + " is described in " + words + " words with " + clauses
							+ " qualifying clauses; shorten it to at most " + MAX_WORDS + " words and " + MAX_CLAUSES
							+ " clauses so everyone can repeat it.");
		}
	}
}
