package org.northstar.core.rules.checks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

	/** A shortest chain of dependencies leading from the metric back to itself, or empty. */
	static List<Metric> cycleThrough(Metric start) {
		Deque<List<Metric>> paths = new ArrayDeque<>();
		paths.add(List.of(start));
		Set<Metric> seen = new HashSet<>();
		while (!paths.isEmpty()) {
			List<Metric> path = paths.poll();
			for (Metric next : of(path.get(path.size() - 1))) {
				List<Metric> longer = new ArrayList<>(path);
				longer.add(next);
				if (next == start) {
					return longer;
				}
				if (seen.add(next)) {
					paths.add(longer);
				}
			}
		}
		return List.of();
	}

	private static void addTerm(EObject expression, List<Metric> result) {
		if (expression instanceof MetricReference reference && reference.getMetric() != null
				&& !reference.getMetric().eIsProxy()) {
			result.add(reference.getMetric());
		}
	}
}
