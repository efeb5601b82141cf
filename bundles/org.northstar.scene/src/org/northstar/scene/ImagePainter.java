package org.northstar.scene;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/** Draws a scene into an image with Java2D, headless (no display needed), e.g. for PNG export. */
public final class ImagePainter {

	public BufferedImage paint(Scene scene, double scale) {
		int width = (int) Math.ceil(scene.width() * scale);
		int height = (int) Math.ceil(scene.height() * scale);
		BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.scale(scale, scale);
			g.setColor(color(Palette.PAPER));
			g.fillRect(0, 0, (int) Math.ceil(scene.width()), (int) Math.ceil(scene.height()));
			scene.edges().forEach(edge -> edge(g, edge));
			scene.boxes().forEach(box -> box(g, box));
			scene.marks().forEach(mark -> mark(g, mark));
			scene.texts().forEach(text -> text(g, text.x(), text.y(), text.text(), text.size(), text.bold(), text.color(), text.italic()));
			scene.badges().forEach(badge -> badge(g, badge));
		} finally {
			g.dispose();
		}
		return image;
	}

	private static void edge(Graphics2D g, Scene.Edge edge) {
		Path2D path = new Path2D.Double();
		path.moveTo(edge.points().get(0).x(), edge.points().get(0).y());
		edge.points().stream().skip(1).forEach(p -> path.lineTo(p.x(), p.y()));
		g.setColor(color(edge.color()));
		g.setStroke(new BasicStroke(1.5f));
		g.draw(path);
		if (edge.label() != null) {
			Scene.Point end = edge.points().get(edge.points().size() - 1);
			text(g, end.x() + 6, end.y() - 6, edge.label(), 12, true, Palette.MUTED, false);
		}
	}

	private static void box(Graphics2D g, Scene.Box box) {
		RoundRectangle2D shape = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 12, 12);
		g.setColor(color(box.fill()));
		g.fill(shape);
		g.setColor(color(box.stroke()));
		g.setStroke(new BasicStroke(1f));
		g.draw(shape);
		g.setColor(color(box.accent()));
		g.fill(new java.awt.geom.Rectangle2D.Double(box.x(), box.y() + 6, 4, box.height() - 12));
	}

	private static void badge(Graphics2D g, Scene.Badge badge) {
		g.setColor(color(badge.fill()));
		g.fill(new RoundRectangle2D.Double(badge.x(), badge.y(), badge.width(), badge.height(), badge.height(), badge.height()));
		g.setFont(DiagramFont.of(false, 10));
		double width = g.getFontMetrics().getStringBounds(badge.text(), g).getWidth();
		text(g, badge.x() + (badge.width() - width) / 2, badge.y() + badge.height() - 4.5, badge.text(), 10, false, Palette.INK, false);
	}

	private static void mark(Graphics2D g, Scene.Mark mark) {
		Path2D path = new Path2D.Double();
		path.moveTo(mark.points().get(0).x(), mark.points().get(0).y());
		mark.points().stream().skip(1).forEach(p -> path.lineTo(p.x(), p.y()));
		g.setColor(color(mark.color()));
		if (mark.filled()) {
			path.closePath();
			g.fill(path);
			return;
		}
		g.setStroke(mark.dashed()
				? new BasicStroke((float) mark.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 5, 3 }, 0)
				: new BasicStroke((float) mark.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(path);
	}

	/** Italic is the upright font slanted, as DejaVu Sans ships no oblique face here (the SWT painter slants alike). */
	private static void text(Graphics2D g, double x, double y, String text, double size, boolean bold, String color, boolean italic) {
		Font font = DiagramFont.of(bold, size);
		g.setFont(italic ? font.deriveFont(AffineTransform.getShearInstance(-DiagramFont.SLANT, 0)) : font);
		g.setColor(color(color));
		g.drawString(text, (float) x, (float) y);
	}

	private static Color color(String hex) {
		return Color.decode(hex);
	}
}
