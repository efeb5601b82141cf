package org.northstar.benchmarks;

import java.util.List;

import org.northstar.scene.Scene;

/**
 * What an editor paints: the part of a scene inside a window of the screen's size, moved to the
 * window's origin. Boxes, badges and edges that do not touch the window are left out; texts are kept
 * when their box would be.
 */
record Viewport(double x, double y, double width, double height) {

	/** A window of the given size around the centre of the scene (or all of it when the scene is smaller). */
	static Viewport centredOn(Scene scene, double width, double height) {
		return new Viewport(Math.max(0, (scene.width() - width) / 2), Math.max(0, (scene.height() - height) / 2), width, height);
	}

	Scene cut(Scene scene) {
		List<Scene.Box> boxes = scene.boxes().stream().filter(b -> touches(b.x(), b.y(), b.width(), b.height()))
				.map(b -> new Scene.Box(b.element(), b.x() - x, b.y() - y, b.width(), b.height(), b.fill(), b.stroke(), b.accent()))
				.toList();
		List<Scene.Edge> edges = scene.edges().stream().filter(this::touches)
				.map(e -> new Scene.Edge(e.points().stream().map(p -> new Scene.Point(p.x() - x, p.y() - y)).toList(), e.color(),
						e.label()))
				.toList();
		// a text starts inside its box, is never wider than a box (220 px) and never taller than 20 px
		List<Scene.Text> texts = scene.texts().stream().filter(t -> touches(t.x(), t.y() - 20, 220, 40))
				.map(t -> new Scene.Text(t.x() - x, t.y() - y, t.text(), t.size(), t.bold(), t.color())).toList();
		List<Scene.Badge> badges = scene.badges().stream().filter(b -> touches(b.x(), b.y(), b.width(), b.height()))
				.map(b -> new Scene.Badge(b.x() - x, b.y() - y, b.width(), b.height(), b.fill(), b.text(), b.tooltip())).toList();
		return new Scene(width, height, boxes, edges, texts, badges);
	}

	private boolean touches(Scene.Edge edge) {
		double left = Double.MAX_VALUE, top = Double.MAX_VALUE, right = -Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
		for (Scene.Point p : edge.points()) {
			left = Math.min(left, p.x());
			right = Math.max(right, p.x());
			top = Math.min(top, p.y());
			bottom = Math.max(bottom, p.y());
		}
		// the relation's sign is drawn a little right of and above the end
		return touches(left, top - 20, right - left + 30, bottom - top + 20);
	}

	private boolean touches(double left, double top, double w, double h) {
		return left < x + width && x < left + w && top < y + height && y < top + h;
	}
}
