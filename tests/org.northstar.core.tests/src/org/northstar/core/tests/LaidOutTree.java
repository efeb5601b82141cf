package org.northstar.core.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.northstar.scene.layout.MetricTreeGraph;
import org.northstar.scene.Scene;
import org.northstar.scene.TreeScene;
import org.northstar.model.NamedElement;
import org.northstar.model.Product;

/** A product's tree as the editor gets it (text measured, laid out), its boxes and children by element name. */
record LaidOutTree(Scene scene, Map<String, Scene.Box> boxes, Map<String, List<String>> children) {

	static LaidOutTree of(Product product) {
		Scene scene = new TreeScene(element -> List.of()).of(product);
		Map<String, Scene.Box> boxes = new LinkedHashMap<>();
		scene.boxes().forEach(box -> boxes.put(box.element(), box));
		Map<String, List<String>> children = new LinkedHashMap<>();
		for (MetricTreeGraph.Link link : MetricTreeGraph.of(product).links()) {
			children.computeIfAbsent(name(link.parent()), parent -> new ArrayList<>()).add(name(link.child()));
		}
		return new LaidOutTree(scene, boxes, children);
	}

	Scene.Box box(String name) {
		Scene.Box box = boxes.get(name);
		if (box == null) {
			throw new AssertionError("no box for " + name + " among " + boxes.keySet());
		}
		return box;
	}

	/** The element and everything below it. */
	List<String> subtree(String name) {
		List<String> names = new ArrayList<>(List.of(name));
		for (int i = 0; i < names.size(); i++) {
			names.addAll(children.getOrDefault(names.get(i), List.of()));
		}
		return names;
	}

	/** The names of each row (boxes with the same top) from left to right, rows from the top. */
	List<List<String>> rows() {
		Map<Double, List<Scene.Box>> rows = new TreeMap<>();
		boxes.values().forEach(box -> rows.computeIfAbsent(box.y(), y -> new ArrayList<>()).add(box));
		return rows.values().stream()
				.map(row -> row.stream().sorted(Comparator.comparingDouble(Scene.Box::x)).map(Scene.Box::element).toList()).toList();
	}

	static double centre(Scene.Box box) {
		return box.x() + box.width() / 2;
	}

	private static String name(EObject element) {
		return ((NamedElement) element).getName();
	}
}
