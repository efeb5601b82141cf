package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import java.util.List;
import java.util.Set;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.metrics.Formula;
import org.northstar.metrics.ProductMetrics;
import org.northstar.model.Input;
import org.northstar.model.Metric;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Relation;

/**
 * The tree and the formula tell the same story: a metric with a formula names every
 * input that adds to or multiplies into it, and names no input that sits in another
 * branch of the tree.
 */
public final class InputOutsideFormula extends ModelRule<Metric> {

	public InputOutsideFormula() {
		super(RuleIds.INPUT_OUTSIDE_FORMULA, Severity.WARNING, Metric.class);
	}

	@Override
	public String title() {
		return "The tree and the formula disagree on a metric's inputs";
	}

	@Override
	public String why() {
		return """
				An input declared additive or multiplicative claims that its parent is computed from it. If the \
				parent's formula leaves it out, the claim is false and the team that owns it moves nothing the \
				formula sees; if the formula names an input of another branch, the tree drawn is not the tree \
				computed.""";
	}

	@Override
	protected void judge(Metric metric, Findings findings) {
		if (metric.getFormula() == null) {
			return;
		}
		Set<Metric> terms = Formula.terms(metric.getFormula());
		for (Input input : directInputs(metric)) {
			if (input.isSetRelation() && input.getRelation() != Relation.CORRELATED && !terms.contains(input)) {
				findings.report(input, NorthStarPackage.Literals.NAMED_ELEMENT__NAME, "Input " + quoted(input) + " is "
						+ input.getRelation().getLiteral() + " to " + quoted(metric) + " but not in its formula; add it to the"
						+ " formula or make its relation correlated.");
			}
		}
		for (Metric term : terms) {
			if (term instanceof Input input && ProductMetrics.parentOf(input).filter(p -> p != metric).isPresent()) {
				findings.report(metric, NorthStarPackage.Literals.METRIC__FORMULA, "The formula of " + quoted(metric)
						+ " names " + quoted(input) + ", an input of " + quoted(ProductMetrics.parentOf(input).get())
						+ "; move it under " + quoted(metric) + " or take it out of the formula.");
			}
		}
	}

	private static List<Input> directInputs(Metric metric) {
		if (metric instanceof Input input) {
			return input.getInputs();
		}
		if (metric instanceof NorthStar northStar && Names.productOf(metric) != null
				&& ProductMetrics.northStar(Names.productOf(metric)).filter(n -> n == northStar).isPresent()) {
			return Names.productOf(metric).getInputs();
		}
		return List.of();
	}
}
