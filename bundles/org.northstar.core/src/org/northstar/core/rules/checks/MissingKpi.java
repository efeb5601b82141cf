package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;

public final class MissingKpi extends ModelRule<Product> {

	public MissingKpi() {
		super(RuleIds.MISSING_KPI, Severity.WARNING, Product.class);
	}

	@Override
	public String title() {
		return "No business KPI";
	}

	@Override
	public String why() {
		return """
				A North Star is chosen because it predicts lasting business results. Naming the KPI it should \
				drive (revenue, ARR, paid seats) makes that bet testable: if the North Star rises and the KPI \
				does not, there is a monetisation problem; if the KPI rises alone, value is being extracted, \
				not created.""";
	}

	@Override
	protected void judge(Product product, Findings findings) {
		if (!product.getNorthStars().isEmpty() && product.getKpis().isEmpty()) {
			findings.report(product, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "Product " + quoted(product)
					+ " has no business KPI; add 'kpi <Name> \"...\" { follows <NorthStar> }' for the result it should drive.");
		}
	}
}
