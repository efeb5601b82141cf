package org.northstar.scene;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.xml.stream.XMLStreamException;

import org.northstar.core.io.AtomicFiles;

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

	/** Writes the picture atomically ({@link AtomicFiles}); {@code scale} is the PNG's pixels per unit. */
	public static void write(Scene scene, Path target, Format format, double scale) throws IOException {
		AtomicFiles.write(target, stream -> {
			if (format == Format.SVG) {
				Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
				try {
					new SvgPainter().paint(scene, writer);
				} catch (XMLStreamException e) {
					throw new IOException(e.getMessage(), e);
				}
				writer.flush();
			} else {
				ImageIO.write(new ImagePainter().paint(scene, scale), "png", stream);
			}
		});
	}
}
