package org.northstar.diagram.editor;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.northstar.scene.layout.MetricTreeGraph;
import org.northstar.scene.FileScene;
import org.northstar.scene.Scene;
import org.northstar.scene.SceneFigures;
import org.northstar.scene.TreeScene;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.model.Product;

/**
 * What the diagram shows of a snapshot: the file's picture as every export draws it (same layout,
 * same badges from the same rules, the same figures), with the folded subtrees left out, and which nodes can fold.
 * A text with syntax errors has no picture: the editor keeps showing the last good one.
 */
public record TreePicture(ModelSnapshot snapshot, Scene scene, Set<String> foldable, Set<String> collapsed) {

	/** The picture with the figures of the products' data drawn on it ({@link SceneFigures#NONE}: none). */
	public static TreePicture of(ModelSnapshot snapshot, Set<String> collapsed, SceneFigures figures) {
		if (snapshot.model() == null || snapshot.hasSyntaxErrors()) {
			return new TreePicture(snapshot, new Scene(0, 0, List.of(), List.of(), List.of(), List.of()), Set.of(), Set.of());
		}
		TreeScene trees = new TreeScene(element -> snapshot.problemsOf(snapshot.key(element)), snapshot::key,
				element -> collapsed.contains(snapshot.key(element)), figures);
		Set<String> foldable = new HashSet<>();
		for (Product product : snapshot.model().getProducts()) {
			for (Map.Entry<EObject, List<EObject>> entry : MetricTreeGraph.childrenOf(product).entrySet()) {
				if (!entry.getValue().isEmpty() && snapshot.key(entry.getKey()) != null) {
					foldable.add(snapshot.key(entry.getKey()));
				}
			}
		}
		return new TreePicture(snapshot, FileScene.of(snapshot.model(), trees), Set.copyOf(foldable), Set.copyOf(collapsed));
	}
}
