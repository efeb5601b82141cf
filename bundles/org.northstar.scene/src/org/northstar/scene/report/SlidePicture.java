package org.northstar.scene.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.northstar.core.rules.Severity;
import org.northstar.scene.ImagePainter;
import org.northstar.scene.Palette;
import org.northstar.scene.Scene;
import org.northstar.model.Dimension;
import org.northstar.model.Product;

/**
 * A product's tree on a 16:9 slide for decks: its title (product and North Star) on top, the tree
 * as the editors draw it fitted in the middle (never enlarged past its own size), a legend of the
 * dimension colours, relation signs and finding badges at the bottom. 960 x 540 units at 2x:
 * 1920 x 1080 pixels.
 */
public final class SlidePicture {

	public static final double WIDTH = 960;
	public static final double HEIGHT = 540;
	public static final double SCALE = 2;
	private static final double MARGIN = 28;
	private static final double TITLE_HEIGHT = 92;
	private static final double LEGEND_HEIGHT = 40;

	private SlidePicture() {
	}

	public static BufferedImage of(ReportedProduct reported) {
		ImagePainter painter = new ImagePainter();
		BufferedImage slide = painter.paint(frame(reported.product()), SCALE);
		Scene tree = reported.tree();
		double roomWidth = WIDTH - 2 * MARGIN;
		double roomHeight = HEIGHT - TITLE_HEIGHT - LEGEND_HEIGHT - MARGIN;
		double fit = Math.min(1, Math.min(roomWidth / tree.width(), roomHeight / tree.height()));
		BufferedImage picture = painter.paint(tree, SCALE * fit);
		Graphics2D g = slide.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			int x = (int) Math.round((WIDTH * SCALE - picture.getWidth()) / 2);
			int y = (int) Math.round((TITLE_HEIGHT + (roomHeight - tree.height() * fit) / 2) * SCALE);
			g.drawImage(picture, x, y, null);
		} finally {
			g.dispose();
		}
		return slide;
	}

	/** The title and the legend, as a scene of their own (the same painter draws them). */
	private static Scene frame(Product product) {
		List<Scene.Text> texts = new ArrayList<>();
		List<Scene.Box> boxes = new ArrayList<>();
		List<Scene.Badge> badges = new ArrayList<>();
		String northStar = product.getNorthStars().stream().findFirst()
				.map(n -> "North Star: " + n.getName() + (n.getDescription() == null ? "" : " (" + n.getDescription() + ")")).orElse("No North Star yet");
		texts.add(new Scene.Text(MARGIN, MARGIN + 22, product.getName() == null ? "?" : product.getName(), 26, true, Palette.INK));
		texts.add(new Scene.Text(MARGIN, MARGIN + 44, northStar, 14, false, Palette.MUTED));
		boxes.add(new Scene.Box(null, MARGIN, TITLE_HEIGHT - 12, WIDTH - 2 * MARGIN, 2, Palette.INK, Palette.INK, Palette.INK));
		double y = HEIGHT - LEGEND_HEIGHT / 2 - 4;
		double x = MARGIN;
		for (Dimension dimension : Dimension.VALUES) {
			boxes.add(new Scene.Box(null, x, y - 10, 14, 14, Palette.of(dimension), Palette.of(dimension), Palette.of(dimension)));
			texts.add(new Scene.Text(x + 20, y + 1, dimension.getLiteral(), 11, false, Palette.INK));
			x += 100;
		}
		texts.add(new Scene.Text(x, y + 1, "× multiplicative   + additive   ~ correlated", 11, false, Palette.INK));
		x += 270;
		for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
			badges.add(new Scene.Badge(x, y - 11, 18, 16, Palette.of(severity), "1", severity.name().toLowerCase()));
			texts.add(new Scene.Text(x + 24, y + 1, severity.name().toLowerCase(), 11, false, Palette.INK));
			x += 84;
		}
		return new Scene(WIDTH, HEIGHT, boxes, List.of(), texts, badges);
	}
}
