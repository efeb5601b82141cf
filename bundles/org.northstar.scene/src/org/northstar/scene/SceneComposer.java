package org.northstar.scene;

import java.util.ArrayList;
import java.util.List;

/** Puts several scenes side by side (the products of one file), each moved right of the one before. */
public final class SceneComposer {

	public static final double GAP = 60;
	public static final double MARGIN = 20;

	private SceneComposer() {
	}

	/** {@code top} above {@code bottom}, both moved by the margin; an empty top takes no room. */
	public static Scene above(Scene top, Scene bottom) {
		if (top.boxes().isEmpty()) {
			return bottom;
		}
		Scene shiftedTop = moved(top, MARGIN, MARGIN);
		Scene shiftedBottom = moved(bottom, 0, top.height() + MARGIN);
		List<Scene.Box> boxes = new ArrayList<>(shiftedTop.boxes());
		boxes.addAll(shiftedBottom.boxes());
		List<Scene.Text> texts = new ArrayList<>(shiftedTop.texts());
		texts.addAll(shiftedBottom.texts());
		List<Scene.Badge> badges = new ArrayList<>(shiftedTop.badges());
		badges.addAll(shiftedBottom.badges());
		List<Scene.Mark> marks = new ArrayList<>(shiftedTop.marks());
		marks.addAll(shiftedBottom.marks());
		return new Scene(Math.max(top.width() + 2 * MARGIN, bottom.width()), bottom.height() + top.height() + MARGIN, boxes,
				shiftedBottom.edges(), texts, badges, marks);
	}

	/** The scene with everything moved by (dx, dy); its size stays. */
	public static Scene moved(Scene scene, double dx, double dy) {
		return new Scene(scene.width(), scene.height(),
				scene.boxes().stream().map(b -> new Scene.Box(b.element(), b.x() + dx, b.y() + dy, b.width(), b.height(), b.fill(),
						b.stroke(), b.accent())).toList(),
				scene.edges().stream().map(e -> new Scene.Edge(moved(e.points(), dx, dy), e.color(), e.label())).toList(),
				scene.texts().stream().map(t -> new Scene.Text(t.x() + dx, t.y() + dy, t.text(), t.size(), t.bold(), t.color(),
						t.italic())).toList(),
				scene.badges().stream().map(b -> new Scene.Badge(b.x() + dx, b.y() + dy, b.width(), b.height(), b.fill(), b.text(),
						b.tooltip())).toList(),
				scene.marks().stream().map(m -> new Scene.Mark(moved(m.points(), dx, dy), m.color(), m.filled(), m.width(), m.dashed()))
						.toList());
	}

	private static List<Scene.Point> moved(List<Scene.Point> points, double dx, double dy) {
		return points.stream().map(p -> new Scene.Point(p.x() + dx, p.y() + dy)).toList();
	}

	public static Scene besideEachOther(List<Scene> scenes) {
		List<Scene.Box> boxes = new ArrayList<>();
		List<Scene.Edge> edges = new ArrayList<>();
		List<Scene.Text> texts = new ArrayList<>();
		List<Scene.Badge> badges = new ArrayList<>();
		List<Scene.Mark> marks = new ArrayList<>();
		double x = MARGIN;
		double height = 0;
		for (Scene scene : scenes) {
			Scene shifted = moved(scene, x, MARGIN);
			boxes.addAll(shifted.boxes());
			edges.addAll(shifted.edges());
			texts.addAll(shifted.texts());
			badges.addAll(shifted.badges());
			marks.addAll(shifted.marks());
			x += scene.width() + GAP;
			height = Math.max(height, scene.height());
		}
		double width = scenes.isEmpty() ? 2 * MARGIN : x - GAP + MARGIN;
		return new Scene(width, height + 2 * MARGIN, boxes, edges, texts, badges, marks);
	}
}
