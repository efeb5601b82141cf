package org.northstar.core.report;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.northstar.metrics.ProductMetrics;
import org.northstar.model.Guardrail;
import org.northstar.model.Input;
import org.northstar.model.Kpi;
import org.northstar.model.Metric;
import org.northstar.model.NorthStar;
import org.northstar.model.Team;

/**
 * What the dashboard and the reports say about a metric besides its numbers: its kind, owners,
 * parent and depth in the tree, its formula as written.
 */
public final class MetricFacts {

	private MetricFacts() {
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

	/** Whether less is better ({@code direction lower}); more is better unless written. */
	public static boolean lowerIsBetter(Metric metric) {
		return metric.isSetDirection() && metric.getDirection() == org.northstar.model.Direction.LOWER;
	}

	/** 0 for the product's own metrics, 1 for a sub-input, 2 below it... */
	public static int depth(Metric metric) {
		int depth = 0;
		for (EObject e = metric.eContainer(); e instanceof Input; e = e.eContainer()) {
			depth++;
		}
		return depth;
	}

	/**
	 * The metric it hangs from in the tree: an input's parent (input or North Star), the North Star a
	 * KPI follows; null for the North Star and guardrails.
	 */
	public static Metric parent(Metric metric) {
		if (metric instanceof Input input) {
			return ProductMetrics.parentOf(input).orElse(null);
		}
		return metric instanceof Kpi kpi && kpi.getFollows() != null && !kpi.getFollows().eIsProxy() ? kpi.getFollows() : null;
	}

	/** The formula as written in the model (spacing made single), or "" when there is none. */
	public static String formula(Metric metric) {
		if (metric.getFormula() == null) {
			return "";
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(metric.getFormula());
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}

	/** An unsettable enumeration attribute's literal as written, or "" when it is not set. */
	public static String literal(boolean set, Enumerator value) {
		return set && value != null ? value.getLiteral() : "";
	}
}
