package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;

public final class MultipleNorthStars extends ModelRule<NorthStar> {

	public MultipleNorthStars() {
		super(RuleIds.MULTIPLE_NORTH_STARS, Severity.ERROR, NorthStar.class);
	}

	@Override
	public String title() {
		return "More than one North Star in one product line";
	}

	@Override
	public String why() {
		return """
				The point of a North Star is focus: one number every team can name and move. Two North \
				Stars split attention and let each team pick the one it is winning on. If a product really \
				serves two kinds of value, model it as two product lines, each with its own tree.""";
	}

	@Override
	protected void judge(NorthStar northStar, Findings findings) {
		Product product = Names.productOf(northStar);
		NorthStar first = product.getNorthStars().get(0);
		if (first != northStar) {
			findings.report(northStar, NorthStarPackage.Literals.NAMED_ELEMENT__NAME,
					"Product " + quoted(product) + " already has the North Star " + quoted(first) + "; keep one and turn "
							+ quoted(northStar) + " into a candidate, an input, or a product line of its own.");
		}
	}
}
