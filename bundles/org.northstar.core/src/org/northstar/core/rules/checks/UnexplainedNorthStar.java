package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.DataRule;
import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.metrics.ComputedStatus;
import org.northstar.metrics.Evidence;
import org.northstar.metrics.ProductMetrics;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarPackage;

/** A measured North Star whose formula explains less than {@link #ENOUGH} of its variance (R²). */
public final class UnexplainedNorthStar extends ModelRule<NorthStar> implements DataRule {

	public static final double ENOUGH = 0.5;

	public UnexplainedNorthStar() {
		super(RuleIds.UNEXPLAINED_NORTH_STAR, Severity.WARNING, NorthStar.class);
	}

	@Override
	public String title() {
		return "A North Star its inputs do not explain";
	}

	@Override
	public String why() {
		return """
				The inputs together should explain most of the North Star: that is what makes them the levers. \
				When the formula over the inputs explains less than half of the measured North Star's variance, \
				something that moves it is missing from the tree, or the formula is wrong.""";
	}

	@Override
	protected void judge(NorthStar northStar, Findings findings) {
		boolean theProducts = ProductMetrics.northStar(Names.productOf(northStar)).filter(n -> n == northStar).isPresent();
		// the dashboard's R² is the product's (first) North Star's
		ComputedStatus.of(northStar).filter(status -> theProducts && northStar.getFormula() != null)
				.map(status -> status.explained()).filter(Evidence.Fit::known).filter(fit -> fit.value() < ENOUGH)
				.ifPresent(fit -> findings.report(northStar, NorthStarPackage.Literals.METRIC__FORMULA, "The formula of "
						+ quoted(northStar) + " explains " + Math.round(Math.max(0, fit.value()) * 100) + " % of its measured"
						+ " variance (R² over " + fit.n() + " periods); look for a missing input or a wrong term."));
	}
}
