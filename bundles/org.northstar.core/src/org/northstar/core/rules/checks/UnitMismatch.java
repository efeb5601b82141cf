package org.northstar.core.rules.checks;

import static org.northstar.core.rules.checks.Names.quoted;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.BinaryOperation;
import org.northstar.model.Expression;
import org.northstar.model.MetricReference;
import org.northstar.model.Negation;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Operator;

/** Adding or subtracting metrics whose units are both given and differ (freelancers + invoices). */
public final class UnitMismatch extends ModelRule<BinaryOperation> {

	public UnitMismatch() {
		super(RuleIds.UNIT_MISMATCH, Severity.WARNING, BinaryOperation.class);
	}

	@Override
	public String title() {
		return "A sum or difference of metrics in different units";
	}

	@Override
	public String why() {
		return """
				Freelancers plus invoices is a number without meaning: a sum or difference needs its parts in \
				one unit. Multiplying and dividing combine units (invoices per freelancer), but adding them \
				hides a missing rate or a wrong term.""";
	}

	@Override
	protected void judge(BinaryOperation operation, Findings findings) {
		if (operation.getOperator() != Operator.PLUS && operation.getOperator() != Operator.MINUS) {
			return;
		}
		String left = unit(operation.getLeft());
		String right = unit(operation.getRight());
		if (left != null && right != null && !left.equalsIgnoreCase(right)) {
			findings.report(operation, NorthStarPackage.Literals.BINARY_OPERATION__OPERATOR, "This formula "
					+ (operation.getOperator() == Operator.PLUS ? "adds " : "subtracts ") + term(operation.getRight())
					+ " in " + right + " " + (operation.getOperator() == Operator.PLUS ? "to " : "from ") + left
					+ "; bring both to one unit (multiply by a rate) or correct a unit.");
		}
	}

	/** The unit of a metric, of a negated one, or of a sum of metrics in one unit; null when unknown or derived. */
	private static String unit(Expression expression) {
		if (expression instanceof MetricReference reference && reference.getMetric() != null) {
			String unit = reference.getMetric().getUnit();
			return unit == null || unit.isBlank() ? null : unit.strip();
		}
		if (expression instanceof Negation negation) {
			return unit(negation.getOperand());
		}
		if (expression instanceof BinaryOperation operation
				&& (operation.getOperator() == Operator.PLUS || operation.getOperator() == Operator.MINUS)) {
			String left = unit(operation.getLeft());
			return left != null && left.equalsIgnoreCase(unit(operation.getRight())) ? left : null;
		}
		return null;
	}

	private static String term(Expression expression) {
		return expression instanceof MetricReference reference && reference.getMetric() != null
				? quoted(reference.getMetric()) : "a term";
	}
}
