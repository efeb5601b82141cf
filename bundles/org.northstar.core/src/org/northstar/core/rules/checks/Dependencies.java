package org.northstar.core.rules.checks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.northstar.model.Input;
import org.northstar.model.Metric;
import org.northstar.model.MetricReference;
import org.northstar.model.NorthStar;
import org.northstar.model.Product;

/**
 * What a metric's value is made of: the terms of its formula and the metrics
 * nested beneath it (a North Star's inputs, an input's sub-inputs). History
 * entries only remember earlier North Stars and are no dependency.
 */
final class Dependencies {

	private Dependencies() {
	}

	static List<Metric> of(Metric metric) {
		List<Metric> result = new ArrayList<>();
		if (metric.getFormula() != null) {
			for (var it = metric.getFormula().eAllContents(); it.hasNext();) {
				addTerm(it.next(), result);
			}
			addTerm(metric.getFormula(), result);
		}
		if (metric instanceof Input input) {
			result.addAll(input.getInputs());
		}
		if (metric instanceof NorthStar && metric.eContainer() instanceof Product product) {
			result.addAll(product.getInputs());
		}
		return result;
	}

	/**
	 * A shortest chain of dependencies leading from the metric back to itself, or empty. Breadth first,
	 * remembering where each metric was reached from: the chain is only built when there is one
	 * (copying every path as it grew was most of this rule's time in a large workspace).
	 */
	static List<Metric> cycleThrough(Metric start) {
		Map<Metric, Metric> reachedFrom = new HashMap<>();
		Deque<Metric> reached = new ArrayDeque<>();
		reached.add(start);
		while (!reached.isEmpty()) {
			Metric current = reached.poll();
			for (Metric next : of(current)) {
				if (next == start) {
					return chain(start, current, reachedFrom);
				}
				if (!reachedFrom.containsKey(next)) {
					reachedFrom.put(next, current);
					reached.add(next);
				}
			}
		}
		return List.of();
	}

	private static List<Metric> chain(Metric start, Metric last, Map<Metric, Metric> reachedFrom) {
		List<Metric> chain = new ArrayList<>();
		chain.add(start);
		for (Metric metric = last; metric != start; metric = reachedFrom.get(metric)) {
			chain.add(metric);
		}
		chain.add(start);
		Collections.reverse(chain);
		return chain;
	}

	private static void addTerm(EObject expression, List<Metric> result) {
		if (expression instanceof MetricReference reference && reference.getMetric() != null
				&& !reference.getMetric().eIsProxy()) {
			result.add(reference.getMetric());
		}
	}
}
