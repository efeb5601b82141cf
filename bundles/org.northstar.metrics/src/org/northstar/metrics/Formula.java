package org.northstar.metrics;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.northstar.model.BinaryOperation;
import org.northstar.model.Expression;
import org.northstar.model.Metric;
import org.northstar.model.MetricReference;
import org.northstar.model.Negation;
import org.northstar.model.NumberLiteral;

/**
 * Evaluates a formula (the model's expression tree) for one period, given the
 * value of each metric it names. A division by a value that is zero at run time
 * gives "no value" with the reason, as does a term without a value.
 */
public final class Formula {

	private Formula() {
	}

	public static Value evaluate(Expression expression, Function<Metric, Value> terms) {
		if (expression instanceof NumberLiteral literal) {
			return literal.getValue() == null ? Value.none("an incomplete number") : Value.of(literal.getValue().doubleValue());
		}
		if (expression instanceof MetricReference reference) {
			Metric metric = reference.getMetric();
			if (metric == null || metric.eIsProxy()) {
				return Value.none("a formula names a metric that does not exist");
			}
			return terms.apply(metric);
		}
		if (expression instanceof Negation negation) {
			Value operand = evaluate(negation.getOperand(), terms);
			return operand.present() ? Value.of(-operand.number()) : operand;
		}
		if (expression instanceof BinaryOperation operation) {
			Value left = evaluate(operation.getLeft(), terms);
			if (!left.present()) {
				return left;
			}
			Value right = evaluate(operation.getRight(), terms);
			if (!right.present()) {
				return right;
			}
			return switch (operation.getOperator()) {
			case PLUS -> Value.of(left.number() + right.number());
			case MINUS -> Value.of(left.number() - right.number());
			case TIMES -> Value.of(left.number() * right.number());
			case DIVIDE -> right.number() == 0
					? Value.none("division by zero (" + Formulas.text(operation.getRight()) + " is 0)")
					: Value.of(left.number() / right.number());
			};
		}
		return Value.none("an incomplete formula");
	}

	/** The metrics a formula names directly, each once, in the order written. */
	public static Set<Metric> terms(Expression expression) {
		Set<Metric> terms = new LinkedHashSet<>();
		if (expression == null) {
			return terms;
		}
		if (expression instanceof MetricReference reference) {
			addTerm(terms, reference);
		}
		for (var contents = expression.eAllContents(); contents.hasNext();) {
			EObject next = contents.next();
			if (next instanceof MetricReference reference) {
				addTerm(terms, reference);
			}
		}
		return terms;
	}

	private static void addTerm(Set<Metric> terms, MetricReference reference) {
		if (reference.getMetric() != null && !reference.getMetric().eIsProxy()) {
			terms.add(reference.getMetric());
		}
	}
}
