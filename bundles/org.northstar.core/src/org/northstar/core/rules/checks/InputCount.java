package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;

public final class InputCount extends ModelRule<NorthStar> {

	static final int FEWEST = 3;
	static final int MOST = 5;

	public InputCount() {
		super(RuleIds.INPUT_COUNT, Severity.WARNING, NorthStar.class);
	}

	@Override
	public String title() {
		return "Fewer than 3 or more than 5 direct inputs";
	}

	@Override
	public String why() {
		return """
				With one or two inputs the tree does not explain the North Star and leaves teams without \
				levers; with more than five the inputs overlap, ownership blurs and nobody remembers them. \
				Three to five mutually exclusive inputs usually explain most of the movement. Deeper detail \
				belongs in sub-inputs, which are not counted here.""";
	}

	@Override
	protected void judge(NorthStar northStar, Findings findings) {
		Product product = Names.productOf(northStar);
		if (product.getNorthStars().get(0) != northStar) {
			return; // the others are already wrong; counting against them would only repeat the message
		}
		int inputs = product.getInputs().size();
		if (inputs < FEWEST) {
			findings.report(northStar, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "North Star " + quoted(northStar)
					+ " has " + directInputs(inputs) + "; add inputs until " + FEWEST + " to " + MOST + " levers explain it.");
		} else if (inputs > MOST) {
			findings.report(northStar, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "North Star " + quoted(northStar)
					+ " has " + directInputs(inputs) + "; merge them or move some under others as sub-inputs to keep "
					+ FEWEST + " to " + MOST + ".");
		}
	}

	private static String directInputs(int count) {
		return count + (count == 1 ? " direct input" : " direct inputs");
	}
}
