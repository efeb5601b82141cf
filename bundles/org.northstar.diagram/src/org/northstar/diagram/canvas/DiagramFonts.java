package org.northstar.diagram.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Display;
import org.northstar.scene.DiagramFont;

/**
 * The diagram's one font (DejaVu Sans, shipped in the core) loaded into SWT, so that the editor
 * draws the text the core measured. SWT loads fonts only from files, hence the copy in a temporary
 * folder. Texts are drawn with a large base font scaled down by the GC's transform: sizes then
 * follow the scene exactly at every zoom, whatever the screen's DPI.
 */
public final class DiagramFonts {

	private static final int BASE_POINTS = 40;
	private static boolean loaded;

	private final Font plain;
	private final Font bold;
	private final double basePixels;
	private final double plainAscent;
	private final double boldAscent;

	public DiagramFonts(Display display) {
		String family = load(display) ? DiagramFont.FAMILY : display.getSystemFont().getFontData()[0].getName();
		plain = new Font(display, family, BASE_POINTS, SWT.NORMAL);
		bold = new Font(display, family, BASE_POINTS, SWT.BOLD);
		basePixels = BASE_POINTS * display.getDPI().y / 72.0;
		GC gc = new GC(display);
		try {
			gc.setFont(plain);
			plainAscent = gc.getFontMetrics().getAscent() + gc.getFontMetrics().getLeading();
			gc.setFont(bold);
			boldAscent = gc.getFontMetrics().getAscent() + gc.getFontMetrics().getLeading();
		} finally {
			gc.dispose();
		}
	}

	public Font font(boolean isBold) {
		return isBold ? bold : plain;
	}

	/** How much the base font is scaled to draw a text of {@code size} scene units. */
	public double scaleFor(double size) {
		return size / basePixels;
	}

	/** The base font's ascent in its own pixels: a text's baseline is this far below where it is drawn. */
	public double ascent(boolean isBold) {
		return isBold ? boldAscent : plainAscent;
	}

	public void dispose() {
		plain.dispose();
		bold.dispose();
	}

	private static synchronized boolean load(Display display) {
		if (!loaded) {
			loaded = copyAndLoad(display, false) & copyAndLoad(display, true);
		}
		return loaded;
	}

	private static boolean copyAndLoad(Display display, boolean isBold) {
		try (InputStream in = DiagramFont.open(isBold)) {
			Path file = Files.createTempFile("northstar-diagram-font", ".ttf");
			file.toFile().deleteOnExit();
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			return display.loadFont(file.toString());
		} catch (IOException | IllegalStateException e) {
			return false; // the system font then draws the texts, slightly off the measured widths
		}
	}
}
