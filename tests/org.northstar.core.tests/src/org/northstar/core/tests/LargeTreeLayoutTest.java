package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.scene.Scene;
import org.northstar.model.Product;
import org.northstar.model.WorkStream;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/**
 * A generated tree of about two hundred nodes of differing heights laid out as the editor shows it:
 * nothing overlaps, parents stand above and centred over their children, siblings in model order,
 * edges run orthogonally from the middle of a parent's bottom to the middle of a child's top.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class LargeTreeLayoutTest {

	private static final double TOLERANCE = 0.5;

	@Inject
	private Validation validation;

	private Product product;
	private LaidOutTree tree;

	@BeforeEach
	void layOut() {
		product = validation.workspace().file("big.northstar", Models.tree(5, 3, 4)).load().model("big.northstar").getProducts()
				.get(0);
		tree = LaidOutTree.of(product);
	}

	@Test
	void theTreeIsLargeAndItsBoxesDifferInHeight() {
		// product, North Star, 5 × (1 + 3 + 9 + 27) inputs, 2 guardrails, a KPI, 3 work streams
		assertEquals(208, tree.boxes().size());
		assertTrue(tree.boxes().values().stream().map(Scene.Box::height).distinct().count() >= 3, "heights differ");
		for (WorkStream workStream : product.getWorkStreams()) {
			assertFalse(workStream.getTarget().eIsProxy(), workStream.getName() + " hangs under its input");
		}
	}

	@Test
	void noTwoBoxesOverlap() {
		List<Scene.Box> boxes = tree.scene().boxes();
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				Scene.Box a = boxes.get(i);
				Scene.Box b = boxes.get(j);
				assertFalse(a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
						&& b.y() < a.y() + a.height(), a.element() + " overlaps " + b.element());
			}
		}
	}

	@Test
	void everyBoxLiesInsideTheScene() {
		for (Scene.Box box : tree.scene().boxes()) {
			assertTrue(box.x() >= 0 && box.y() >= 0 && box.x() + box.width() <= tree.scene().width()
					&& box.y() + box.height() <= tree.scene().height(), box.element());
		}
	}

	@Test
	void parentsStandAboveTheirChildrenCentredOverThem() {
		for (Map.Entry<String, List<String>> family : tree.children().entrySet()) {
			Scene.Box parent = tree.box(family.getKey());
			for (String child : family.getValue()) {
				assertTrue(parent.y() + parent.height() < tree.box(child).y(), family.getKey() + " above " + child);
			}
			double first = LaidOutTree.centre(tree.box(family.getValue().get(0)));
			double last = LaidOutTree.centre(tree.box(family.getValue().get(family.getValue().size() - 1)));
			assertEquals((first + last) / 2, LaidOutTree.centre(parent), TOLERANCE, family.getKey() + " centred");
		}
	}

	@Test
	void siblingsStandInModelOrder() {
		for (Map.Entry<String, List<String>> family : tree.children().entrySet()) {
			List<String> siblings = family.getValue();
			for (int i = 1; i < siblings.size(); i++) {
				assertTrue(tree.box(siblings.get(i - 1)).x() < tree.box(siblings.get(i)).x(),
						siblings.get(i - 1) + " left of " + siblings.get(i) + " under " + family.getKey());
			}
		}
		assertEquals(List.of("I0", "I1", "I2", "I3", "I4"), tree.children().get("Done"));
		assertEquals(List.of("Done", "Errors", "Churn", "Seats"), tree.children().get("Big"), "guardrails and the KPI beside the North Star");
		assertEquals(List.of("I2S0", "I2S1", "I2S2", "W2"), tree.children().get("I2"));
	}

	@Test
	void edgesRunFromTheMiddleOfTheParentsBottomToTheMiddleOfTheChildsTop() {
		assertEquals(tree.boxes().size() - 1, tree.scene().edges().size());
		for (Scene.Edge edge : tree.scene().edges()) {
			Scene.Point start = edge.points().get(0);
			Scene.Point end = edge.points().get(edge.points().size() - 1);
			assertTrue(tree.boxes().values().stream().anyMatch(box -> near(start, LaidOutTree.centre(box), box.y() + box.height())),
					() -> "an edge starts at " + start + ", not at the middle of a bottom");
			assertTrue(tree.boxes().values().stream().anyMatch(box -> near(end, LaidOutTree.centre(box), box.y())),
					() -> "an edge ends at " + end + ", not at the middle of a top");
			for (int i = 1; i < edge.points().size(); i++) {
				Scene.Point a = edge.points().get(i - 1);
				Scene.Point b = edge.points().get(i);
				assertTrue(Math.abs(a.x() - b.x()) < TOLERANCE || Math.abs(a.y() - b.y()) < TOLERANCE, () -> "orthogonal: " + edge);
			}
		}
	}

	private static boolean near(Scene.Point point, double x, double y) {
		return Math.abs(point.x() - x) < TOLERANCE && Math.abs(point.y() - y) < TOLERANCE;
	}
}
