package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;

public final class MissingGuardrail extends ModelRule<Product> {

	public MissingGuardrail() {
		super(RuleIds.MISSING_GUARDRAIL, Severity.WARNING, Product.class);
	}

	@Override
	public String title() {
		return "No guardrail paired with the North Star";
	}

	@Override
	public String why() {
		return """
				Goodhart's law: any single metric pushed hard enough gets gamed. A guardrail (retention, \
				satisfaction, refund or dispute rate) is the counter-metric that must not get worse while the \
				North Star climbs, so that growth bought by hurting customers shows up at once.""";
	}

	@Override
	protected void judge(Product product, Findings findings) {
		if (!product.getNorthStars().isEmpty() && product.getGuardrails().isEmpty()) {
			findings.report(product, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "Product " + quoted(product)
					+ " has no guardrail; add 'guardrail <Name> \"...\" { direction ... threshold ... }' for what must not degrade.");
		}
	}
}
