package org.northstar.scene;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The one font of the diagram, DejaVu Sans, loaded from its bundle so that every machine measures alike. */
public final class DiagramFont {

	public static final String FAMILY = "DejaVu Sans";
	/** How far italic text leans: x moves right by this much of the height above the baseline. */
	public static final double SLANT = 0.2;
	static final String PLAIN_RESOURCE = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
	static final String BOLD_RESOURCE = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

	private static Font plain;
	private static Font bold;

	private DiagramFont() {
	}

	public static synchronized Font of(boolean isBold, double size) {
		if (plain == null) {
			plain = load(PLAIN_RESOURCE);
			bold = load(BOLD_RESOURCE);
		}
		return (isBold ? bold : plain).deriveFont((float) size);
	}

	/** The font file itself, for painters that load fonts from files (SWT). */
	public static InputStream open(boolean isBold) {
		InputStream in = DiagramFont.class.getClassLoader().getResourceAsStream(isBold ? BOLD_RESOURCE : PLAIN_RESOURCE);
		if (in == null) {
			throw new IllegalStateException("The diagram font is missing from the installation (" + PLAIN_RESOURCE + ")");
		}
		return in;
	}

	private static Font load(String resource) {
		try (InputStream in = open(resource.equals(BOLD_RESOURCE))) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (FontFormatException e) {
			throw new IllegalStateException("The diagram font cannot be read: " + e.getMessage(), e);
		}
	}
}
