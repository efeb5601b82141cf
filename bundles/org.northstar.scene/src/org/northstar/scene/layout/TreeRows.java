package org.northstar.scene.layout;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The rows of a tree that ELK has placed from left to right: every level's nodes top-aligned on one
 * row, the rows {@link #ROW_GAP} apart, and each edge routed orthogonally from the middle of the
 * parent's bottom down to a line halfway to the next row, along it, and down to the middle of the
 * child's top. The graph is then sized to hold its nodes with ELK's padding around them.
 */
final class TreeRows {

	/** From the bottom of a row's tallest node to the top of the next row: room for the edges and their signs. */
	static final double ROW_GAP = 40;

	private final ElkNode graph;
	private final Map<ElkNode, Integer> depths = new IdentityHashMap<>();
	private double[] tops;
	private double[] heights;

	private TreeRows(ElkNode graph) {
		this.graph = graph;
	}

	/** Moves every node to the top of its row and routes every edge; x positions stay as ELK set them. */
	static void arrange(ElkNode graph) {
		if (!graph.getChildren().isEmpty()) {
			new TreeRows(graph).arrange();
		}
	}

	private void arrange() {
		double left = Double.MAX_VALUE;
		double top = Double.MAX_VALUE;
		for (ElkNode node : graph.getChildren()) {
			left = Math.min(left, node.getX());
			top = Math.min(top, node.getY());
		}
		int rows = measureDepths();
		heights = new double[rows];
		for (ElkNode node : graph.getChildren()) {
			int row = depths.get(node);
			heights[row] = Math.max(heights[row], node.getHeight());
		}
		tops = new double[rows];
		tops[0] = top;
		for (int row = 1; row < rows; row++) {
			tops[row] = tops[row - 1] + heights[row - 1] + ROW_GAP;
		}
		double right = 0;
		for (ElkNode node : graph.getChildren()) {
			node.setY(tops[depths.get(node)]);
			right = Math.max(right, node.getX() + node.getWidth());
		}
		for (ElkEdge edge : graph.getContainedEdges()) {
			route(edge);
		}
		// the padding ELK left at the top and the left goes around the other two sides too
		graph.setDimensions(right + left, tops[rows - 1] + heights[rows - 1] + top);
	}

	/** The depth of every node below its root (a node nothing points to), breadth first; the number of rows. */
	private int measureDepths() {
		Deque<ElkNode> queue = new ArrayDeque<>();
		for (ElkNode node : graph.getChildren()) {
			if (node.getIncomingEdges().isEmpty()) {
				depths.put(node, 0);
				queue.add(node);
			}
		}
		int deepest = 0;
		while (!queue.isEmpty()) {
			ElkNode parent = queue.poll();
			int depth = depths.get(parent) + 1;
			for (ElkEdge edge : parent.getOutgoingEdges()) {
				ElkNode child = ElkGraphUtil.getTargetNode(edge);
				if (!depths.containsKey(child)) {
					depths.put(child, depth);
					deepest = Math.max(deepest, depth);
					queue.add(child);
				}
			}
		}
		// nodes only reachable through a cycle (never in a North Star tree) go on the first row
		graph.getChildren().forEach(node -> depths.putIfAbsent(node, 0));
		return deepest + 1;
	}

	private void route(ElkEdge edge) {
		ElkNode parent = ElkGraphUtil.getSourceNode(edge);
		ElkNode child = ElkGraphUtil.getTargetNode(edge);
		double fromX = parent.getX() + parent.getWidth() / 2;
		double toX = child.getX() + child.getWidth() / 2;
		ElkEdgeSection section = ElkGraphUtil.firstEdgeSection(edge, true, true);
		section.setStartLocation(fromX, parent.getY() + parent.getHeight());
		section.setEndLocation(toX, child.getY());
		int row = depths.get(parent);
		if (depths.get(child) == row + 1 && Math.abs(fromX - toX) >= 0.5) {
			double middle = tops[row] + heights[row] + ROW_GAP / 2;
			ElkGraphUtil.createBendPoint(section, fromX, middle);
			ElkGraphUtil.createBendPoint(section, toX, middle);
		}
	}
}
