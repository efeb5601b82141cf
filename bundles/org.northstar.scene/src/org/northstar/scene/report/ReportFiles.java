package org.northstar.scene.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.northstar.core.io.AtomicFiles;
import org.northstar.scene.Scene;
import org.northstar.scene.SceneFiles;
import org.northstar.model.Team;

/** Writes one export file of any {@link ReportFormat}, atomically ({@link AtomicFiles}), making its folder when missing. */
public final class ReportFiles {

	private ReportFiles() {
	}

	/**
	 * @param products the products reported (a slide shows the first)
	 * @param teams    the teams of the models, for JSON
	 * @param picture  the files' picture, for SVG and PNG
	 * @param scale    pixels per diagram unit of a PNG
	 */
	public static void write(ReportFormat format, Path target, String title, List<ReportedProduct> products, List<Team> teams,
			Supplier<Scene> picture, double scale) throws IOException {
		if (target.toAbsolutePath().getParent() != null) {
			Files.createDirectories(target.toAbsolutePath().getParent());
		}
		switch (format) {
			case SVG, PNG -> SceneFiles.write(picture.get(), target, SceneFiles.Format.valueOf(format.name()), scale);
			case SLIDE -> AtomicFiles.write(target, stream -> ImageIO.write(SlidePicture.of(products.get(0)), "png", stream));
			default -> AtomicFiles.write(target, stream -> {
				Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
				switch (format) {
					case HTML -> HtmlReport.write(title, products, writer);
					case MARKDOWN -> MarkdownReport.write(title, products, writer);
					case JSON -> ReportJson.write(title, products, teams, writer);
					default -> MetricsCsv.write(products, writer);
				}
				writer.flush();
			});
		}
	}
}
