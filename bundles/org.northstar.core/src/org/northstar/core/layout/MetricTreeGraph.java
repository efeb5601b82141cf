package org.northstar.core.layout;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.northstar.model.Guardrail;
import org.northstar.model.Input;
import org.northstar.model.Kpi;
import org.northstar.model.Metric;
import org.northstar.model.NorthStar;
import org.northstar.model.Product;

/**
 * One product's North Star tree as an ELK graph: the North Star at the root, its inputs and their
 * sub-inputs beneath it, guardrails and KPIs hanging from the North Star. Node sizes are fixed
 * until the diagram's text measurer sizes them.
 */
public final class MetricTreeGraph {

	static final double NODE_WIDTH = 180;
	static final double NODE_HEIGHT = 64;

	private final ElkNode graph = ElkGraphUtil.createGraph();
	private final Map<Metric, ElkNode> nodes = new IdentityHashMap<>();

	private MetricTreeGraph() {
	}

	public static MetricTreeGraph of(Product product) {
		MetricTreeGraph tree = new MetricTreeGraph();
		for (NorthStar northStar : product.getNorthStars()) {
			ElkNode root = tree.node(northStar);
			product.getInputs().forEach(input -> tree.addInput(root, input));
			for (Guardrail guardrail : product.getGuardrails()) {
				tree.edge(root, tree.node(guardrail));
			}
			for (Kpi kpi : product.getKpis()) {
				tree.edge(root, tree.node(kpi));
			}
		}
		return tree;
	}

	public ElkNode graph() {
		return graph;
	}

	public ElkNode nodeOf(Metric metric) {
		return nodes.get(metric);
	}

	public int size() {
		return nodes.size();
	}

	private void addInput(ElkNode parent, Input input) {
		ElkNode node = node(input);
		edge(parent, node);
		input.getInputs().forEach(sub -> addInput(node, sub));
	}

	private ElkNode node(Metric metric) {
		ElkNode node = ElkGraphUtil.createNode(graph);
		node.setIdentifier(metric.getName());
		node.setDimensions(NODE_WIDTH, NODE_HEIGHT);
		nodes.put(metric, node);
		return node;
	}

	private void edge(ElkNode from, ElkNode to) {
		ElkGraphUtil.createSimpleEdge(from, to);
	}
}
