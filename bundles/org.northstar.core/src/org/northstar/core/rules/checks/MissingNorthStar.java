package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;

public final class MissingNorthStar extends ModelRule<Product> {

	public MissingNorthStar() {
		super(RuleIds.MISSING_NORTH_STAR, Severity.WARNING, Product.class);
	}

	@Override
	public String title() {
		return "A product line with inputs but no North Star";
	}

	@Override
	public String why() {
		return """
				Inputs are levers for moving something; without the North Star they drive, nobody can say \
				whether pulling them helps, and teams optimise their own numbers instead of customer value.""";
	}

	@Override
	protected void judge(Product product, Findings findings) {
		if (!product.getInputs().isEmpty() && product.getNorthStars().isEmpty()) {
			findings.report(product, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "Product " + quoted(product)
					+ " has inputs but no North Star; add 'northstar <Name> \"...\" { ... }' for the outcome they drive.");
		}
	}
}
