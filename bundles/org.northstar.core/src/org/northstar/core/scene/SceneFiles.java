package org.northstar.core.scene;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;
import javax.xml.stream.XMLStreamException;

/** Writes a scene as an SVG or PNG file, atomically: a reader never sees half a picture. */
public final class SceneFiles {

	/** The picture formats, by the file extension they use. */
	public enum Format {
		SVG, PNG;

		public String extension() {
			return name().toLowerCase();
		}
	}

	private SceneFiles() {
	}

	/** Writes the picture beside the target and moves it over the target; {@code scale} is the PNG's pixels per unit. */
	public static void write(Scene scene, Path target, Format format, double scale) throws IOException {
		Path parent = target.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path temp = Files.createTempFile(parent, ".northstar-export", ".tmp");
		try {
			try (OutputStream stream = Files.newOutputStream(temp)) {
				if (format == Format.SVG) {
					Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
					new SvgPainter().paint(scene, writer);
					writer.flush();
				} else {
					ImageIO.write(new ImagePainter().paint(scene, scale), "png", stream);
				}
			} catch (XMLStreamException e) {
				throw new IOException(e.getMessage(), e);
			}
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
