package org.northstar.diagram.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;
import org.northstar.scene.DiagramFont;
import org.northstar.scene.Palette;
import org.northstar.scene.Scene;

/**
 * Draws the scene (org.northstar.scene) with SWT, as the SVG and Java2D painters draw it for files: the same
 * boxes, texts, edges and badges in the same order, at the viewport's zoom. Only what lies in the
 * visible part of the scene is drawn, so a large tree costs what is on screen.
 */
public final class ScenePainter {

	/** Text smaller than this many pixels on screen is not drawn: unreadable, and most of the cost of a zoomed-out tree. */
	static final double MIN_READABLE = 3.5;

	private final Display display;
	private final DiagramFonts fonts;
	private final Map<String, Color> colors = new HashMap<>();

	public ScenePainter(Display display, DiagramFonts fonts) {
		this.display = display;
		this.fonts = fonts;
	}

	/** Paints {@code scene} as seen through {@code view} into a canvas area of the given size. */
	public void paint(GC gc, Scene scene, Viewport view, int width, int height) {
		gc.setAdvanced(true);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setBackground(color(Palette.PAPER));
		gc.fillRectangle(0, 0, width, height);
		double left = view.toSceneX(0);
		double top = view.toSceneY(0);
		double right = view.toSceneX(width);
		double bottom = view.toSceneY(height);
		Transform transform = new Transform(display);
		try {
			transform.setElements((float) view.zoom(), 0, 0, (float) view.zoom(), (float) (-view.x() * view.zoom()),
					(float) (-view.y() * view.zoom()));
			gc.setTransform(transform);
			gc.setLineWidth(2);
			for (Scene.Edge edge : scene.edges()) {
				if (visible(edge.points(), left, top, right, bottom)) {
					edge(gc, edge);
					if (edge.label() != null) {
						Scene.Point end = edge.points().get(edge.points().size() - 1);
						text(gc, transform, view, end.x() + 6, end.y() - 6, edge.label(), 12, true, Palette.MUTED, false);
					}
				}
			}
			gc.setLineWidth(1);
			for (Scene.Box box : scene.boxes()) {
				if (overlaps(box.x(), box.y(), box.width(), box.height(), left, top, right, bottom)) {
					box(gc, box);
				}
			}
			for (Scene.Mark mark : scene.marks()) {
				if (visible(mark.points(), left, top, right, bottom)) {
					mark(gc, mark);
				}
			}
			gc.setLineWidth(1);
			gc.setLineStyle(SWT.LINE_SOLID);
			for (Scene.Badge badge : scene.badges()) {
				if (overlaps(badge.x(), badge.y(), badge.width(), badge.height(), left, top, right, bottom)) {
					gc.setBackground(color(badge.fill()));
					gc.fillRoundRectangle(round(badge.x()), round(badge.y()), round(badge.width()), round(badge.height()),
							round(badge.height()), round(badge.height()));
				}
			}
			for (Scene.Text text : scene.texts()) {
				if (text.size() * view.zoom() >= MIN_READABLE && text.y() >= top && text.y() - text.size() <= bottom && text.x() <= right
						&& text.x() + text.text().length() * text.size() >= left) { // no glyph is wider than the font's size
					text(gc, transform, view, text.x(), text.y(), text.text(), text.size(), text.bold(), text.color(), text.italic());
				}
			}
			for (Scene.Badge badge : scene.badges()) {
				if (10 * view.zoom() >= MIN_READABLE && overlaps(badge.x(), badge.y(), badge.width(), badge.height(), left, top, right, bottom)) {
					badgeText(gc, transform, view, badge);
				}
			}
			gc.setTransform(null);
		} finally {
			transform.dispose();
		}
	}

	private void mark(GC gc, Scene.Mark mark) {
		int[] points = points(mark.points());
		if (mark.filled()) {
			gc.setBackground(color(mark.color()));
			gc.fillPolygon(points);
			return;
		}
		gc.setForeground(color(mark.color()));
		gc.setLineWidth((int) Math.max(1, Math.round(mark.width())));
		gc.setLineStyle(mark.dashed() ? SWT.LINE_DASH : SWT.LINE_SOLID);
		gc.drawPolyline(points);
	}

	private static int[] points(List<Scene.Point> points) {
		int[] xy = new int[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			xy[2 * i] = round(points.get(i).x());
			xy[2 * i + 1] = round(points.get(i).y());
		}
		return xy;
	}

	private void edge(GC gc, Scene.Edge edge) {
		gc.setForeground(color(edge.color()));
		gc.drawPolyline(points(edge.points()));
	}

	private void box(GC gc, Scene.Box box) {
		gc.setBackground(color(box.fill()));
		gc.fillRoundRectangle(round(box.x()), round(box.y()), round(box.width()), round(box.height()), 12, 12);
		gc.setForeground(color(box.stroke()));
		gc.drawRoundRectangle(round(box.x()), round(box.y()), round(box.width()), round(box.height()), 12, 12);
		gc.setBackground(color(box.accent()));
		gc.fillRectangle(round(box.x()), round(box.y() + 6), 4, round(box.height() - 12));
	}

	private void badgeText(GC gc, Transform transform, Viewport view, Scene.Badge badge) {
		double width = textWidth(gc, badge.text(), 10, false);
		text(gc, transform, view, badge.x() + (badge.width() - width) / 2, badge.y() + badge.height() - 4.5, badge.text(), 10, false,
				Palette.INK, false);
	}

	/**
	 * One line of text with its baseline at (x, y) in the scene, drawn by the base font scaled to
	 * {@code size}; italic is the font slanted, as the Java2D painter slants it.
	 */
	private void text(GC gc, Transform transform, Viewport view, double x, double y, String text, double size, boolean bold,
			String color, boolean italic) {
		double scale = fonts.scaleFor(size);
		double zoom = view.zoom();
		double ascent = fonts.ascent(bold) * scale;
		double top = y - ascent;
		// slanted about the baseline: the top of the glyphs moves right by SLANT of the ascent
		double slant = italic ? -DiagramFont.SLANT : 0;
		double shift = italic ? DiagramFont.SLANT * ascent : 0;
		transform.setElements((float) (zoom * scale), 0, (float) (slant * zoom * scale), (float) (zoom * scale),
				(float) ((x + shift - view.x()) * zoom), (float) ((top - view.y()) * zoom));
		gc.setTransform(transform);
		gc.setFont(fonts.font(bold));
		gc.setForeground(color(color));
		gc.drawText(text, 0, 0, true);
		transform.setElements((float) zoom, 0, 0, (float) zoom, (float) (-view.x() * zoom), (float) (-view.y() * zoom));
		gc.setTransform(transform);
	}

	private double textWidth(GC gc, String text, double size, boolean bold) {
		gc.setFont(fonts.font(bold));
		return gc.textExtent(text).x * fonts.scaleFor(size);
	}

	public Color color(String hex) {
		return colors.computeIfAbsent(hex, h -> new Color(display, new RGB(Integer.parseInt(h.substring(1, 3), 16),
				Integer.parseInt(h.substring(3, 5), 16), Integer.parseInt(h.substring(5, 7), 16))));
	}

	public void dispose() {
		colors.values().forEach(Color::dispose);
		colors.clear();
	}

	private static boolean visible(List<Scene.Point> points, double left, double top, double right, double bottom) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (Scene.Point p : points) {
			minX = Math.min(minX, p.x());
			minY = Math.min(minY, p.y());
			maxX = Math.max(maxX, p.x());
			maxY = Math.max(maxY, p.y());
		}
		return overlaps(minX, minY, maxX - minX, maxY - minY, left, top, right, bottom);
	}

	static boolean overlaps(double x, double y, double w, double h, double left, double top, double right, double bottom) {
		return x <= right && x + w >= left && y <= bottom && y + h >= top;
	}

	private static int round(double value) {
		return (int) Math.round(value);
	}
}
