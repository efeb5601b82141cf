package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import java.util.Optional;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.metrics.ComputedStatus;
import org.northstar.metrics.Formula;
import org.northstar.metrics.FormulaSigns;
import org.northstar.metrics.FormulaSigns.Sign;
import org.northstar.metrics.Sensitivity;
import org.northstar.model.Direction;
import org.northstar.model.Metric;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarPackage;

/**
 * The framework's system check, "if all inputs improve, does the North Star improve?",
 * decided by the sign of the formula's partial derivative for each term (all metrics
 * taken as positive). Where that sign depends on the values, the data decides when a
 * host attached it: the North Star's change for +10 % of the term.
 */
public final class FormulaDirection extends ModelRule<Metric> {

	public FormulaDirection() {
		super(RuleIds.FORMULA_DIRECTION, Severity.WARNING, Metric.class);
	}

	@Override
	public String title() {
		return "A formula in which improving a term worsens the metric";
	}

	@Override
	public String why() {
		return """
				A tree promises that every team that improves its input improves the North Star. When a term \
				whose direction is 'lower is better' is multiplied in, or a 'higher is better' term is \
				subtracted, the formula says the opposite: the better a team does, the worse the North Star \
				looks, and teams are pulled against each other.""";
	}

	@Override
	protected void judge(Metric metric, Findings findings) {
		if (metric.getFormula() == null) {
			return;
		}
		for (Metric term : Formula.terms(metric.getFormula())) {
			if (term == metric) {
				continue;
			}
			Sign sign = sign(metric, term);
			int effect = sense(sign) * sense(term) * sense(metric);
			if (effect < 0) {
				findings.report(metric, NorthStarPackage.Literals.METRIC__FORMULA, "Improving " + quoted(term) + " ("
						+ better(term) + ") makes " + quoted(metric) + " worse (" + better(metric) + ") by its formula;"
						+ " check the formula or the direction of one of them.");
			}
		}
	}

	private static Sign sign(Metric metric, Metric term) {
		Sign sign = FormulaSigns.derivative(metric.getFormula(), term);
		if (sign != Sign.UNKNOWN || !(metric instanceof NorthStar)) {
			return sign;
		}
		// the dashboard's sensitivity is its North Star's: the North Star's change for +10 % of the term
		Optional<Double> effect = ComputedStatus.of(metric)
				.filter(status -> status.of(metric).isPresent())
				.flatMap(status -> status.sensitivity().stream().filter(e -> e.term() == term).findFirst())
				.map(Sensitivity.Effect::effect);
		return effect.map(e -> e > 0 ? Sign.POSITIVE : e < 0 ? Sign.NEGATIVE : Sign.ZERO).orElse(Sign.UNKNOWN);
	}

	private static int sense(Sign sign) {
		return sign == Sign.POSITIVE ? 1 : sign == Sign.NEGATIVE ? -1 : 0;
	}

	private static int sense(Metric metric) {
		return lower(metric) ? -1 : 1;
	}

	private static boolean lower(Metric metric) {
		return metric.isSetDirection() && metric.getDirection() == Direction.LOWER;
	}

	private static String better(Metric metric) {
		return lower(metric) ? "lower is better" : "higher is better";
	}
}
