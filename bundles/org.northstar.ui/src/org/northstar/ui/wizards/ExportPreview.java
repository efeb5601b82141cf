package org.northstar.ui.wizards;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.northstar.scene.report.ExportException;
import org.northstar.scene.report.ReportFormat;
import org.northstar.ui.NorthStarUiPlugin;

/**
 * Makes the export page's preview off the UI thread: the very export, written by the core into a
 * scratch folder, then its first file shown (a picture fitted to the page, or the beginning of the
 * text). Only the latest choices' preview reaches the page.
 */
final class ExportPreview {

	/** Characters of a text export shown. */
	private static final int TEXT_SHOWN = 6000;

	/**
	 * A preview: a picture or the beginning of a text, or why the export cannot be made.
	 *
	 * @param names    the names of the files the export writes
	 * @param warnings what went wrong without stopping the export
	 */
	record Shown(ImageData picture, String text, List<String> names, List<String> warnings, String problem) {
	}

	private final Consumer<Shown> show;
	private final int width;
	private final int height;
	private Job running;
	private int generation;

	ExportPreview(Consumer<Shown> show, int width, int height) {
		this.show = show;
		this.width = width;
		this.height = height;
	}

	/** Starts the preview of {@code choice}; an earlier one still running is cancelled and never shown. */
	void make(ExportChoice choice) {
		Display display = Display.getCurrent();
		int mine = ++generation;
		if (running != null) {
			running.cancel();
		}
		running = Job.create("North Star export preview", (IProgressMonitor monitor) -> {
			Shown made = preview(choice);
			if (!monitor.isCanceled()) {
				display.asyncExec(() -> {
					if (mine == generation) {
						show.accept(made);
					}
				});
			}
			return Status.OK_STATUS;
		});
		running.setSystem(true);
		running.schedule(150);
	}

	void dispose() {
		generation++;
		if (running != null) {
			running.cancel();
		}
	}

	private Shown preview(ExportChoice choice) {
		Path scratch = null;
		try {
			scratch = Files.createTempDirectory("northstar-export-preview");
			List<Path> written = new ArrayList<>();
			List<String> warnings = choice.preview(scratch).write(NorthStarUiPlugin.session(), written::add);
			List<String> names = written.stream().map(p -> namedAs(p, choice.format())).toList();
			Path first = written.get(0);
			if (choice.format().isPicture() || choice.format() == ReportFormat.SLIDE) {
				return new Shown(fitted(first), null, names, warnings, null);
			}
			return new Shown(null, beginning(first), names, warnings, null);
		} catch (ExportException e) {
			return new Shown(null, null, List.of(), List.of(), e.getMessage());
		} catch (IOException | RuntimeException e) {
			Platform.getLog(getClass()).error("The export preview failed", e);
			return new Shown(null, null, List.of(), List.of(), "The preview could not be made (" + e.getMessage() + "); see the error log.");
		} finally {
			delete(scratch);
		}
	}

	/** The name the export gives the file: an SVG is previewed as PNG. */
	private static String namedAs(Path written, ReportFormat format) {
		String name = written.getFileName().toString();
		return format == ReportFormat.SVG ? name.replaceFirst("\\.png$", ".svg") : name;
	}

	private ImageData fitted(Path png) throws IOException {
		BufferedImage image = ImageIO.read(png.toFile());
		double fit = Math.min(1, Math.min((double) width / image.getWidth(), (double) height / image.getHeight()));
		int w = Math.max(1, (int) Math.round(image.getWidth() * fit));
		int h = Math.max(1, (int) Math.round(image.getHeight() * fit));
		BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = small.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, w, h);
			g.drawImage(image, 0, 0, w, h, null);
		} finally {
			g.dispose();
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(small, "png", bytes);
		return new ImageData(new ByteArrayInputStream(bytes.toByteArray()));
	}

	private static String beginning(Path text) throws IOException {
		char[] buffer = new char[TEXT_SHOWN];
		try (Reader reader = Files.newBufferedReader(text, StandardCharsets.UTF_8)) {
			int read = reader.read(buffer);
			String shown = read < 0 ? "" : new String(buffer, 0, read);
			return reader.read() < 0 ? shown : shown + "\n...";
		}
	}

	private static void delete(Path scratch) {
		if (scratch == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(scratch)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a scratch file left in the temporary folder harms no one
		}
	}
}
