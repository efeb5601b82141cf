package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.scene.Scene;
import org.northstar.model.Input;
import org.northstar.model.NorthStarFactory;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;
import org.northstar.model.Relation;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/**
 * A small edit does not reshuffle the tree: after adding a sub-input, every row keeps its order and
 * every subtree the edit is not in keeps its shape (it may move, as one piece); renaming an input or
 * changing a description moves nothing at all (as long as no row gets taller).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class TreeLayoutStabilityTest {

	@Inject
	private Validation validation;

	private NorthStarModel model;
	private Product product;
	private LaidOutTree before;

	@BeforeEach
	void layOut() {
		model = validation.workspace().file("big.northstar", Models.tree(5, 3, 4)).load().model("big.northstar");
		product = model.getProducts().get(0);
		before = LaidOutTree.of(product);
	}

	@Test
	void addingASubInputKeepsTheOrderOfEveryRowAndTheShapeOfEveryOtherSubtree() {
		Input parent = input("I2S1");
		Input added = NorthStarFactory.eINSTANCE.createInput();
		added.setName("Added");
		added.setDescription("Reports shared in the first week");
		added.setRelation(Relation.ADDITIVE);
		added.getOwners().add(model.getTeams().get(0));
		parent.getInputs().add(1, added);
		LaidOutTree after = LaidOutTree.of(product);

		List<List<String>> rows = after.rows().stream().map(row -> row.stream().filter(name -> !name.equals("Added")).toList())
				.toList();
		assertEquals(before.rows(), rows, "every row keeps its order from left to right");
		assertTrue(after.box("Added").x() > after.box("I2S1S0").x() && after.box("Added").x() < after.box("I2S1S1").x(),
				"the new input stands between its siblings");
		List<String> path = List.of("Big", "Done", "I2", "I2S1");
		int kept = 0;
		for (String root : before.boxes().keySet()) {
			if (!path.contains(root)) {
				assertSameShape(before, after, root);
				kept++;
			}
		}
		assertEquals(before.boxes().size() - path.size(), kept);
	}

	@Test
	void renamingAnInputOrRewordingDescriptionsMovesNothing() {
		input("I1S2").setName("Renamed");
		input("I3S0S1").setDescription("Reports shared with clients");
		input("I0S2S2").setDescription(input("I0S2S2").getDescription() == null ? "Shared" : null);
		input("I4").setDescription("Teams that share a report with a client in their first week");
		LaidOutTree after = LaidOutTree.of(product);

		for (Scene.Box box : before.boxes().values()) {
			String name = box.element().equals("I1S2") ? "Renamed" : box.element();
			assertEquals(List.of(box.x(), box.y()), List.of(after.box(name).x(), after.box(name).y()), name + " stays where it was");
		}
		assertEquals(before.scene().width(), after.scene().width());
		assertEquals(before.scene().height(), after.scene().height());
	}

	/** The boxes below {@code root} stand where they stood relative to it. */
	private static void assertSameShape(LaidOutTree before, LaidOutTree after, String root) {
		List<String> subtree = before.subtree(root);
		assertEquals(subtree, after.subtree(root), "the subtree of " + root);
		List<String> shift = new ArrayList<>();
		Scene.Box rootBefore = before.box(root);
		Scene.Box rootAfter = after.box(root);
		for (String name : subtree) {
			double dx = after.box(name).x() - rootAfter.x() - (before.box(name).x() - rootBefore.x());
			double dy = after.box(name).y() - rootAfter.y() - (before.box(name).y() - rootBefore.y());
			if (Math.abs(dx) > 0.01 || Math.abs(dy) > 0.01) {
				shift.add(name + " by " + dx + ", " + dy);
			}
		}
		assertEquals(List.of(), shift, "inside the subtree of " + root);
	}

	private Input input(String name) {
		for (TreeIterator<EObject> contents = product.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Input input && name.equals(input.getName())) {
				return input;
			}
		}
		throw new AssertionError("no input " + name);
	}
}
