package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.Dimension;
import org.northstar.model.Input;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;

public final class DimensionGap extends ModelRule<Product> {

	public DimensionGap() {
		super(RuleIds.DIMENSION_GAP, Severity.INFO, Product.class);
	}

	@Override
	public String title() {
		return "Inputs leave breadth, depth, frequency or efficiency uncovered";
	}

	@Override
	public String why() {
		return """
				A North Star grows in four ways: more customers get value (breadth), each gets more of it \
				(depth), they come back more often (frequency), or they get it faster and with less friction \
				(efficiency). A tree that leaves a dimension out may be missing its cheapest lever. Sometimes \
				that is a deliberate choice, hence only a hint.""";
	}

	@Override
	protected void judge(Product product, Findings findings) {
		if (product.getInputs().isEmpty()) {
			return;
		}
		Set<Dimension> uncovered = EnumSet.allOf(Dimension.class);
		for (var it = product.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof Input input && input.isSetDimension()) {
				uncovered.remove(input.getDimension());
			}
		}
		if (!uncovered.isEmpty()) {
			findings.report(product, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "The inputs of " + quoted(product)
					+ " leave " + uncovered.stream().map(Dimension::getLiteral).toList()
					+ " uncovered; consider an input for each, or note why it does not apply.");
		}
	}
}
