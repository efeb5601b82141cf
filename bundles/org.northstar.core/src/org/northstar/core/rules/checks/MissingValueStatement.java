package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;

public final class MissingValueStatement extends ModelRule<Product> {

	public MissingValueStatement() {
		super(RuleIds.MISSING_VALUE_STATEMENT, Severity.WARNING, Product.class);
	}

	@Override
	public String title() {
		return "North Star chosen before the core value is stated";
	}

	@Override
	public String why() {
		return """
				A North Star measures the value customers get; if that value is not written down, the metric \
				cannot be checked against it and tends to drift toward whatever is easy to count. State in one \
				sentence why customers come back, then test the North Star against that sentence.""";
	}

	@Override
	protected void judge(Product product, Findings findings) {
		if (!product.getNorthStars().isEmpty() && Names.isBlank(product.getValueStatement())) {
			findings.report(product, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "Product " + quoted(product)
					+ " has a North Star but no core value statement; add 'value \"...\"' saying why customers come back.");
		}
	}
}
