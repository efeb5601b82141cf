package org.northstar.metrics;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.northstar.model.Direction;
import org.northstar.model.Guardrail;
import org.northstar.model.Input;
import org.northstar.model.Metric;
import org.northstar.model.NorthStar;
import org.northstar.model.Team;

/**
 * What a dashboard says about a metric besides its numbers: its kind, owners and depth in the tree
 * (the command line's {@code status} and the studio's dashboard show the same).
 */
public final class MetricKinds {

	private MetricKinds() {
	}

	/** The keyword of the metric's kind: northstar, input, guardrail, kpi. */
	public static String kind(Metric metric) {
		if (metric instanceof NorthStar) {
			return "northstar";
		}
		if (metric instanceof Input) {
			return "input";
		}
		return metric instanceof Guardrail ? "guardrail" : "kpi";
	}

	public static List<String> owners(Metric metric) {
		return metric instanceof Input input
				? input.getOwners().stream().filter(t -> !t.eIsProxy()).map(Team::getName).toList()
				: List.of();
	}

	/** 0 for the product's own metrics, 1 for a sub-input, 2 below it... */
	public static int depth(Metric metric) {
		int depth = 0;
		for (EObject e = metric.eContainer(); e instanceof Input; e = e.eContainer()) {
			depth++;
		}
		return depth;
	}

	/** Whether less is better ({@code direction lower}); more is better unless written. */
	public static boolean lowerIsBetter(Metric metric) {
		return metric.isSetDirection() && metric.getDirection() == Direction.LOWER;
	}
}
