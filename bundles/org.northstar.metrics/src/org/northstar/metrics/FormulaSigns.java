package org.northstar.metrics;

import java.math.BigDecimal;

import org.northstar.model.BinaryOperation;
import org.northstar.model.Expression;
import org.northstar.model.Metric;
import org.northstar.model.MetricReference;
import org.northstar.model.Negation;
import org.northstar.model.NumberLiteral;

/**
 * The sign of a formula's partial derivative with respect to one of its terms, decided
 * without data: every metric is taken to be positive (counts, shares, rates), numbers
 * have their own sign, and the usual rules combine them (d(uv) = u'v + uv',
 * d(u/v) = (u'v - uv') / v²). Where two parts pull in opposite directions the sign is
 * {@link Sign#UNKNOWN}: only data can tell.
 */
public final class FormulaSigns {

	/** A sign, or unknown when it depends on the values. */
	public enum Sign {
		POSITIVE, NEGATIVE, ZERO, UNKNOWN;

		Sign negate() {
			return this == POSITIVE ? NEGATIVE : this == NEGATIVE ? POSITIVE : this;
		}

		Sign plus(Sign other) {
			if (this == ZERO) {
				return other;
			}
			return other == ZERO || other == this ? this : UNKNOWN;
		}

		Sign times(Sign other) {
			if (this == ZERO || other == ZERO) {
				return ZERO;
			}
			if (this == UNKNOWN || other == UNKNOWN) {
				return UNKNOWN;
			}
			return this == other ? POSITIVE : NEGATIVE;
		}
	}

	/** The sign of a value and of its derivative. */
	private record Signs(Sign value, Sign derivative) {
	}

	private FormulaSigns() {
	}

	/** The sign of d(formula)/d(term), all metrics taken as positive. */
	public static Sign derivative(Expression formula, Metric term) {
		return signs(formula, term).derivative();
	}

	private static Signs signs(Expression expression, Metric term) {
		if (expression instanceof NumberLiteral literal) {
			BigDecimal value = literal.getValue();
			return new Signs(value == null ? Sign.UNKNOWN : switch (value.signum()) {
			case 1 -> Sign.POSITIVE;
			case -1 -> Sign.NEGATIVE;
			default -> Sign.ZERO;
			}, Sign.ZERO);
		}
		if (expression instanceof MetricReference reference) {
			return new Signs(Sign.POSITIVE, reference.getMetric() == term ? Sign.POSITIVE : Sign.ZERO);
		}
		if (expression instanceof Negation negation) {
			Signs operand = signs(negation.getOperand(), term);
			return new Signs(operand.value().negate(), operand.derivative().negate());
		}
		if (expression instanceof BinaryOperation operation) {
			Signs u = signs(operation.getLeft(), term);
			Signs v = signs(operation.getRight(), term);
			return switch (operation.getOperator()) {
			case PLUS -> new Signs(u.value().plus(v.value()), u.derivative().plus(v.derivative()));
			case MINUS -> new Signs(u.value().plus(v.value().negate()), u.derivative().plus(v.derivative().negate()));
			case TIMES -> new Signs(u.value().times(v.value()),
					u.derivative().times(v.value()).plus(u.value().times(v.derivative())));
			case DIVIDE -> new Signs(v.value() == Sign.ZERO ? Sign.UNKNOWN : u.value().times(v.value()),
					u.derivative().times(v.value()).plus(u.value().times(v.derivative()).negate()));
			};
		}
		return new Signs(Sign.UNKNOWN, Sign.UNKNOWN);
	}
}
