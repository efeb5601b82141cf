package org.northstar.metrics;

import org.northstar.model.BinaryOperation;
import org.northstar.model.Expression;
import org.northstar.model.MetricReference;
import org.northstar.model.Negation;
import org.northstar.model.NumberLiteral;
import org.northstar.model.Operator;

/** A formula written back as text, for messages ("division by zero (Senders - Churned is 0)"). */
final class Formulas {

	private Formulas() {
	}

	static String text(Expression expression) {
		if (expression instanceof NumberLiteral literal) {
			return literal.getValue() == null ? "?" : literal.getValue().toPlainString();
		}
		if (expression instanceof MetricReference reference) {
			return reference.getMetric() == null || reference.getMetric().eIsProxy() ? "?" : reference.getMetric().getName();
		}
		if (expression instanceof Negation negation) {
			return "-" + operand(negation.getOperand(), 3, false);
		}
		if (expression instanceof BinaryOperation operation) {
			int binding = binding(operation.getOperator());
			boolean leftToRight = operation.getOperator() == Operator.MINUS || operation.getOperator() == Operator.DIVIDE;
			return operand(operation.getLeft(), binding, false) + " " + operation.getOperator().getLiteral() + " "
					+ operand(operation.getRight(), binding, leftToRight);
		}
		return "?";
	}

	/** Parentheses where the operand binds more loosely than the operator it stands under (or as loosely, right of - and /). */
	private static String operand(Expression operand, int under, boolean strictRight) {
		String text = text(operand);
		if (operand instanceof BinaryOperation operation) {
			int binding = binding(operation.getOperator());
			if (binding < under || strictRight && binding == under) {
				return "(" + text + ")";
			}
		}
		return text;
	}

	private static int binding(Operator operator) {
		return operator == Operator.PLUS || operator == Operator.MINUS ? 1 : 2;
	}
}
