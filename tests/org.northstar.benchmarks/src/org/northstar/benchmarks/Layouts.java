package org.northstar.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.northstar.scene.layout.MetricTreeGraph;
import org.northstar.scene.layout.TreeLayout;
import org.northstar.model.Product;

/** ELK layouts: one product's metric tree, and a synthetic tree of many nodes. */
final class Layouts {

	private Layouts() {
	}

	static ElkNode product(Product product) {
		ElkNode graph = MetricTreeGraph.of(product).graph();
		TreeLayout.apply(graph);
		return graph;
	}

	/** A tree of {@code size} nodes, each with up to {@code fanOut} children, laid out. */
	static ElkNode tree(int size, int fanOut) {
		ElkNode graph = ElkGraphUtil.createGraph();
		List<ElkNode> nodes = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			ElkNode node = ElkGraphUtil.createNode(graph);
			node.setDimensions(180, 64);
			if (i > 0) {
				ElkGraphUtil.createSimpleEdge(nodes.get((i - 1) / fanOut), node);
			}
			nodes.add(node);
		}
		TreeLayout.apply(graph);
		return graph;
	}
}
