package org.northstar.core.scene;

import java.util.ArrayList;
import java.util.List;

/** Puts several scenes side by side (the products of one file), each moved right of the one before. */
public final class SceneComposer {

	public static final double GAP = 60;
	public static final double MARGIN = 20;

	private SceneComposer() {
	}

	public static Scene besideEachOther(List<Scene> scenes) {
		List<Scene.Box> boxes = new ArrayList<>();
		List<Scene.Edge> edges = new ArrayList<>();
		List<Scene.Text> texts = new ArrayList<>();
		List<Scene.Badge> badges = new ArrayList<>();
		double x = MARGIN;
		double height = 0;
		for (Scene scene : scenes) {
			double dx = x;
			double dy = MARGIN;
			scene.boxes().forEach(b -> boxes.add(new Scene.Box(b.element(), b.x() + dx, b.y() + dy, b.width(), b.height(), b.fill(),
					b.stroke(), b.accent())));
			scene.edges().forEach(e -> edges.add(new Scene.Edge(
					e.points().stream().map(p -> new Scene.Point(p.x() + dx, p.y() + dy)).toList(), e.color(), e.label())));
			scene.texts().forEach(t -> texts.add(new Scene.Text(t.x() + dx, t.y() + dy, t.text(), t.size(), t.bold(), t.color())));
			scene.badges().forEach(b -> badges.add(new Scene.Badge(b.x() + dx, b.y() + dy, b.width(), b.height(), b.fill(),
					b.text(), b.tooltip())));
			x += scene.width() + GAP;
			height = Math.max(height, scene.height());
		}
		double width = scenes.isEmpty() ? 2 * MARGIN : x - GAP + MARGIN;
		return new Scene(width, height + 2 * MARGIN, boxes, edges, texts, badges);
	}
}
