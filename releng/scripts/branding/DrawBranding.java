import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Draws North Star Studio's icons, about image and splash screen, so that the
 * branding can be changed in code and redrawn rather than edited pixel by pixel.
 * Run: java releng/scripts/branding/DrawBranding.java bundles/org.northstar.studio/branding
 */
public class DrawBranding {

	static final Color NAVY = new Color(0x14, 0x21, 0x3d);
	static final Color GOLD = new Color(0xfc, 0xa3, 0x11);
	static final Color SKY = new Color(0x2b, 0x4c, 0x7e);

	public static void main(String[] args) throws IOException {
		File out = new File(args[0]);
		out.mkdirs();
		for (int size : new int[] { 16, 32, 48, 64, 128, 256 }) {
			ImageIO.write(icon(size), "png", new File(out, "northstar" + size + ".png"));
		}
		ImageIO.write(aboutImage(), "png", new File(out, "about.png"));
		ImageIO.write(splash(), "bmp", new File(out, "splash.bmp"));
	}

	static BufferedImage icon(int size) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = smooth(image);
		g.setColor(NAVY);
		g.fillRoundRect(0, 0, size, size, size / 4, size / 4);
		g.setColor(GOLD);
		g.fill(star(size / 2.0, size / 2.0, size * 0.42, size * 0.12));
		g.dispose();
		return image;
	}

	static BufferedImage aboutImage() {
		BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = smooth(image);
		g.drawImage(icon(120), 0, 0, null);
		g.dispose();
		return image;
	}

	static BufferedImage splash() {
		int w = 480, h = 300;
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = smooth(image);
		g.setPaint(new GradientPaint(0, 0, NAVY, 0, h, SKY));
		g.fillRect(0, 0, w, h);
		g.setColor(GOLD);
		g.fill(star(90, 110, 58, 16));
		g.setStroke(new BasicStroke(2f));
		g.setColor(new Color(255, 255, 255, 90));
		g.drawLine(90, 170, 50, 225);
		g.drawLine(90, 170, 90, 225);
		g.drawLine(90, 170, 130, 225);
		for (int x : new int[] { 50, 90, 130 }) {
			g.fillOval(x - 6, 222, 12, 12);
		}
		g.setColor(Color.WHITE);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
		g.drawString("North Star", 180, 110);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 34));
		g.drawString("Studio", 180, 150);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
		g.drawString("One metric, the inputs that drive it, the teams that move them", 30, 285 - 20);
		g.dispose();
		return image;
	}

	static Path2D star(double cx, double cy, double outer, double inner) {
		Path2D path = new Path2D.Double();
		for (int i = 0; i < 8; i++) {
			double angle = Math.PI / 4 * i - Math.PI / 2;
			double r = i % 2 == 0 ? outer : inner;
			double x = cx + Math.cos(angle) * r, y = cy + Math.sin(angle) * r;
			if (i == 0) {
				path.moveTo(x, y);
			} else {
				path.lineTo(x, y);
			}
		}
		path.closePath();
		return path;
	}

	static Graphics2D smooth(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		return g;
	}
}
