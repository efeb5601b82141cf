package org.northstar.benchmarks;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.northstar.scene.layout.MetricTreeGraph;
import org.northstar.scene.layout.TreeLayout;
import org.northstar.scene.ImagePainter;
import org.northstar.scene.Scene;
import org.northstar.scene.TreeScene;
import org.northstar.model.Product;

/**
 * Layout + paint of one generated tree, in the parts an editor goes through: the scene (text
 * measuring, ELK layout, boxes and texts), the layout alone (the ELK graph with the scene's node
 * sizes, laid out), and painting with Java2D at 100%, the window an editor shows and, while the image
 * fits in memory, the whole tree.
 */
final class ScenePaint {

	/** The largest whole picture painted: 256 M pixels, 1 GiB of ARGB. */
	static final long MAX_PIXELS = 1L << 28;

	private final Product product;
	private final Scene scene;
	private final Map<EObject, double[]> sizes = new IdentityHashMap<>();

	ScenePaint(int nodes) {
		product = TreeGenerator.product(nodes);
		scene = scene();
		List<EObject> elements = MetricTreeGraph.of(product).elements();
		for (int i = 0; i < elements.size(); i++) {
			Scene.Box box = scene.boxes().get(i);
			sizes.put(elements.get(i), new double[] { box.width(), box.height() });
		}
	}

	int nodes() {
		return scene.boxes().size();
	}

	Scene scene() {
		return new TreeScene(element -> List.of()).of(product);
	}

	Object layout() {
		MetricTreeGraph tree = MetricTreeGraph.of(product, sizes::get);
		TreeLayout.apply(tree.graph());
		return tree;
	}

	Object paintWindow(double width, double height) {
		return new ImagePainter().paint(Viewport.centredOn(scene, width, height).cut(scene), 1);
	}

	boolean wholeFits() {
		return (long) Math.ceil(scene.width()) * (long) Math.ceil(scene.height()) <= MAX_PIXELS;
	}

	Object paintWhole() {
		return new ImagePainter().paint(scene, 1);
	}

	String dimensions() {
		return Math.round(scene.width()) + " × " + Math.round(scene.height()) + " px";
	}
}
