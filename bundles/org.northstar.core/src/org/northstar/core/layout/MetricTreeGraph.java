package org.northstar.core.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;
import org.northstar.model.Input;
import org.northstar.model.Product;
import org.northstar.model.WorkStream;

/**
 * One product's North Star tree as an ELK graph: the product on top, its North Star below, the
 * inputs and their sub-inputs beneath, guardrails and KPIs hanging from the North Star, work streams
 * under the input they target. Each node stands for one model element.
 */
public final class MetricTreeGraph {

	/** The size of a node when nobody measured its text. */
	public static final double[] DEFAULT_SIZE = { 180, 64 };

	/** An edge from a parent element to a child element. */
	public record Link(EObject parent, EObject child, ElkEdge edge) {
	}

	private final ElkNode graph = ElkGraphUtil.createGraph();
	// EObjects compare by identity; the order is the order nodes were made in (parents first)
	private final Map<EObject, ElkNode> nodes = new LinkedHashMap<>();
	private final List<Link> links = new ArrayList<>();
	private final Function<EObject, double[]> sizes;

	private MetricTreeGraph(Function<EObject, double[]> sizes) {
		this.sizes = sizes;
	}

	public static MetricTreeGraph of(Product product) {
		return of(product, element -> DEFAULT_SIZE);
	}

	/** The tree with each node sized by {@code sizes} ({width, height}). */
	public static MetricTreeGraph of(Product product, Function<EObject, double[]> sizes) {
		MetricTreeGraph tree = new MetricTreeGraph(sizes);
		tree.node(product);
		EObject top = product.getNorthStars().isEmpty() ? product : product.getNorthStars().get(0);
		product.getNorthStars().forEach(northStar -> tree.link(product, northStar));
		product.getInputs().forEach(input -> tree.addInput(top, input));
		product.getGuardrails().forEach(guardrail -> tree.link(top, guardrail));
		product.getKpis().forEach(kpi -> tree.link(top, kpi));
		for (WorkStream workStream : product.getWorkStreams()) {
			Input target = workStream.getTarget();
			tree.link(target != null && tree.nodes.containsKey(target) ? target : top, workStream);
		}
		return tree;
	}

	public ElkNode graph() {
		return graph;
	}

	public ElkNode nodeOf(EObject element) {
		return nodes.get(element);
	}

	/** The elements in the order their nodes were made: parents before children. */
	public List<EObject> elements() {
		return List.copyOf(nodes.keySet());
	}

	public List<Link> links() {
		return links;
	}

	public int size() {
		return nodes.size();
	}

	private void addInput(EObject parent, Input input) {
		link(parent, input);
		input.getInputs().forEach(sub -> addInput(input, sub));
	}

	private void link(EObject parent, EObject child) {
		ElkNode childNode = node(child);
		links.add(new Link(parent, child, ElkGraphUtil.createSimpleEdge(nodes.get(parent), childNode)));
	}

	private ElkNode node(EObject element) {
		ElkNode node = ElkGraphUtil.createNode(graph);
		double[] size = sizes.apply(element);
		node.setDimensions(size[0], size[1]);
		nodes.put(element, node);
		return node;
	}
}
