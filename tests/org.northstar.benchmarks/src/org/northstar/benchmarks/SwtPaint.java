package org.northstar.benchmarks;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.northstar.scene.Scene;
import org.northstar.diagram.canvas.DiagramFonts;
import org.northstar.diagram.canvas.ScenePainter;
import org.northstar.diagram.canvas.Viewport;

/**
 * The tree editor's own painter (SWT, as in the studio) drawing one window of a scene into an image
 * of the window's size: what a repaint of the diagram costs. Needs SWT on the class path and a
 * display; {@code ./northstar bench} provides both (the product's SWT, Xvfb when there is no display).
 */
final class SwtPaint implements AutoCloseable {

	private final Display display;
	private final DiagramFonts fonts;
	private final ScenePainter painter;
	private final Image image;
	private final int width;
	private final int height;

	SwtPaint(int width, int height) {
		this.width = width;
		this.height = height;
		display = new Display();
		fonts = new DiagramFonts(display);
		painter = new ScenePainter(display, fonts);
		image = new Image(display, width, height);
	}

	/** Paints the scene as the editor first shows it: at 100% on its top centre, or fitted to the window. */
	Object paint(Scene scene, boolean fitted) {
		Viewport view = new Viewport();
		if (fitted) {
			view.fit(scene.width(), scene.height(), width, height);
		} else {
			view.centreOn(scene.width() / 2, height / 2.0, width, height);
		}
		GC gc = new GC(image);
		try {
			painter.paint(gc, scene, view, width, height);
		} finally {
			gc.dispose();
		}
		return image;
	}

	@Override
	public void close() {
		image.dispose();
		painter.dispose();
		fonts.dispose();
		display.dispose();
	}
}
