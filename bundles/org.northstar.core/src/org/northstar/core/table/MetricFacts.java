package org.northstar.core.table;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.northstar.metrics.ProductMetrics;
import org.northstar.model.Input;
import org.northstar.model.Kpi;
import org.northstar.model.Metric;

/**
 * What the reports say about a metric besides its numbers and {@link org.northstar.metrics.MetricKinds}
 * (kind, owners, depth): its parent in the tree and its formula as written.
 */
public final class MetricFacts {

	private MetricFacts() {
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
