package org.northstar.core.rules.checks;

import java.math.BigDecimal;

import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;
import org.northstar.model.BinaryOperation;
import org.northstar.model.Expression;
import org.northstar.model.Negation;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.NumberLiteral;
import org.northstar.model.Operator;

public final class DivisionByZero extends ModelRule<BinaryOperation> {

	public DivisionByZero() {
		super(RuleIds.DIVISION_BY_ZERO, Severity.ERROR, BinaryOperation.class);
	}

	@Override
	public String title() {
		return "A formula dividing by the literal zero";
	}

	@Override
	public String why() {
		return """
				A formula that divides by zero has no value for any data, so the metric can never be computed \
				or shown. It is almost always a typo or a placeholder left behind.""";
	}

	@Override
	protected void judge(BinaryOperation operation, Findings findings) {
		if (operation.getOperator() == Operator.DIVIDE && isLiteralZero(operation.getRight())) {
			findings.report(operation, NorthStarPackage.Literals.BINARY_OPERATION__RIGHT,
					"This formula divides by zero; divide by a metric or a non-zero number instead.");
		}
	}

	private static boolean isLiteralZero(Expression expression) {
		if (expression instanceof Negation negation) {
			return isLiteralZero(negation.getOperand());
		}
		return expression instanceof NumberLiteral literal && literal.getValue() != null
				&& literal.getValue().compareTo(BigDecimal.ZERO) == 0;
	}
}
