package org.northstar.diagram.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.northstar.scene.layout.MetricTreeGraph;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.model.Product;

/** Moving the selection with the arrow keys: up to the parent, down to the first child, left and right among siblings. */
final class Navigation {

	private final DiagramEditor editor;

	Navigation(DiagramEditor editor) {
		this.editor = editor;
	}

	String first() {
		ModelSnapshot snapshot = editor.snapshot();
		if (snapshot == null || snapshot.model() == null || snapshot.model().getProducts().isEmpty()) {
			return null;
		}
		return snapshot.key(snapshot.model().getProducts().get(0));
	}

	String parent(String key) {
		EObject element = element(key);
		if (element == null) {
			return first();
		}
		for (Map.Entry<EObject, List<EObject>> entry : tree(element).entrySet()) {
			if (entry.getValue().contains(element)) {
				return editor.snapshot().key(entry.getKey());
			}
		}
		return key;
	}

	String firstChild(String key) {
		EObject element = element(key);
		if (element == null) {
			return first();
		}
		List<EObject> children = editor.collapsed().contains(key) ? List.of() : tree(element).getOrDefault(element, List.of());
		return children.isEmpty() ? key : editor.snapshot().key(children.get(0));
	}

	/** The next ({@code step} 1) or previous (-1) sibling; products count as siblings of each other. */
	String sibling(String key, int step) {
		EObject element = element(key);
		if (element == null) {
			return first();
		}
		List<EObject> siblings = new ArrayList<>();
		if (element instanceof Product) {
			siblings.addAll(editor.snapshot().model().getProducts());
		} else {
			tree(element).values().stream().filter(list -> list.contains(element)).findFirst().ifPresent(siblings::addAll);
		}
		int index = siblings.indexOf(element) + step;
		return index < 0 || index >= siblings.size() ? key : editor.snapshot().key(siblings.get(index));
	}

	private EObject element(String key) {
		ModelSnapshot snapshot = editor.snapshot();
		return snapshot == null ? null : snapshot.element(key);
	}

	private static Map<EObject, List<EObject>> tree(EObject element) {
		Product product = org.northstar.dsl.ide.edit.TreeEdits.productOf(element);
		return product == null ? Map.of() : MetricTreeGraph.childrenOf(product);
	}
}
