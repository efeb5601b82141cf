package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.elk.graph.ElkNode;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.scene.layout.MetricTreeGraph;
import org.northstar.scene.layout.TreeLayout;
import org.northstar.model.Input;
import org.northstar.model.Metric;
import org.northstar.model.Product;
import org.northstar.testing.Fixtures;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/** The invoicely tree laid out by ELK: every metric a node, parents above children, nothing overlapping. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class MetricTreeLayoutTest {

	@Inject
	private Validation validation;

	private Product product;
	private MetricTreeGraph tree;

	@BeforeEach
	void layOut() {
		product = validation.workspace().file(Fixtures.INVOICELY, Fixtures.model(Fixtures.INVOICELY)).load()
				.model(Fixtures.INVOICELY).getProducts().get(0);
		tree = MetricTreeGraph.of(product);
		TreeLayout.apply(tree.graph());
	}

	@Test
	void everyElementOfTheTreeIsANode() {
		// the product, its North Star, 3 inputs and 1 sub-input, 1 guardrail, 1 KPI, 1 work stream
		assertEquals(9, tree.size());
		assertEquals(8, tree.graph().getContainedEdges().size(), "a tree of 9 nodes has 8 edges");
	}

	@Test
	void theWorkStreamHangsUnderTheInputItTargets() {
		ElkNode workStream = tree.nodeOf(product.getWorkStreams().get(0));
		ElkNode target = tree.nodeOf(product.getWorkStreams().get(0).getTarget());
		assertEquals(target, workStream.getIncomingEdges().get(0).getSources().get(0));
	}

	@Test
	void parentsStandAboveTheirChildren() {
		ElkNode northStar = tree.nodeOf(product.getNorthStars().get(0));
		assertTrue(tree.nodeOf(product).getY() < northStar.getY(), "the product stands above its North Star");
		for (Input input : product.getInputs()) {
			assertTrue(northStar.getY() < tree.nodeOf(input).getY(), input.getName());
			for (Input sub : input.getInputs()) {
				assertTrue(tree.nodeOf(input).getY() < tree.nodeOf(sub).getY(), sub.getName());
			}
		}
	}

	@Test
	void guardrailsAndKpisStandBesideTheNorthStar() {
		ElkNode northStar = tree.nodeOf(product.getNorthStars().get(0));
		for (EObject beside : List.<EObject>of(product.getGuardrails().get(0), product.getKpis().get(0))) {
			ElkNode node = tree.nodeOf(beside);
			assertEquals(tree.nodeOf(product), node.getIncomingEdges().get(0).getSources().get(0), "hangs from the product");
			assertEquals(northStar.getY(), node.getY(), 0.5, "in the North Star's row");
		}
	}

	@Test
	void noTwoNodesOverlap() {
		List<ElkNode> nodes = tree.graph().getChildren();
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				assertFalse(overlap(nodes.get(i), nodes.get(j)), nodes.get(i).getIdentifier() + " / " + nodes.get(j).getIdentifier());
			}
		}
	}

	@Test
	void theGraphIsBigEnoughForItsNodes() {
		for (Metric metric : List.<Metric>of(product.getNorthStars().get(0), product.getGuardrails().get(0))) {
			ElkNode node = tree.nodeOf(metric);
			assertTrue(node.getX() + node.getWidth() <= tree.graph().getWidth() + 0.5, metric.getName());
		}
	}

	private static boolean overlap(ElkNode a, ElkNode b) {
		return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth() && a.getY() < b.getY() + b.getHeight()
				&& b.getY() < a.getY() + a.getHeight();
	}
}
