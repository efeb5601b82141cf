package org.northstar.scene.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.northstar.core.check.Problem;
import org.northstar.scene.report.ReportedModels.Exported;
import org.northstar.scene.report.ReportedModels.Loaded;
import org.northstar.scene.FileScene;
import org.northstar.scene.Scene;
import org.northstar.scene.SceneComposer;
import org.northstar.scene.SceneFigures;
import org.northstar.scene.TreeScene;

/**
 * Which files an export of loaded models writes, and writing them: one document for all the models,
 * or one file per model in a folder (per product for slides). The command line's {@code export} and
 * the studio's export wizard both export through here, so they write the same files.
 */
public final class ReportExport {

	private final IQualifiedNameProvider names;
	private final Loaded loaded;
	private final ReportFormat format;
	private final double scale;

	/** @param names the session's qualified names, which the findings name elements by */
	public ReportExport(IQualifiedNameProvider names, Loaded loaded, ReportFormat format, double scale) {
		this.names = names;
		this.loaded = loaded;
		this.format = format;
		this.scale = scale;
	}

	/** The name of a model's export file beside it: {@code invoicely.html}, {@code invoicely-slide.png}. */
	public static String fileName(Path model, ReportFormat format) {
		return baseName(model) + (format == ReportFormat.SLIDE ? "-slide" : "") + "." + format.extension();
	}

	/**
	 * Writes one document of all the models to {@code target} (null: beside the one model loaded);
	 * {@code written} hears each file written.
	 */
	public void writeOne(Path target, Consumer<Path> written) throws ExportException {
		checkSomethingToReport();
		if (format == ReportFormat.SLIDE && loaded.products().size() != 1) {
			throw new ExportException("a slide shows one product and these models hold " + loaded.products().size()
					+ "; export to a folder for one slide each.", ExportException.Reason.SLIDE_OF_SEVERAL_PRODUCTS, loaded.products().size());
		}
		if (target == null) {
			if (loaded.files().size() != 1) {
				throw new ExportException(loaded.files().size() + " models to export: name a file for one document, or a folder for one file each.",
						ExportException.Reason.SEVERAL_MODELS_WITHOUT_DESTINATION, loaded.files().size());
			}
			Path model = loaded.files().get(0).file().path().toAbsolutePath();
			target = model.resolveSibling(fileName(model, format));
		}
		write(target, loaded.files(), loaded.products(), written);
	}

	/** Writes one file per model into {@code folder} (per product for slides: {@code model.Product.png}). */
	public void writeEach(Path folder, Consumer<Path> written) throws ExportException {
		checkSomethingToReport();
		for (Exported file : loaded.files()) {
			if (file.products().isEmpty() && !format.isPicture()) {
				continue; // a file of teams alone: its teams show in the reports of the products they own
			}
			String base = baseName(file.file().path());
			if (format == ReportFormat.SLIDE) {
				for (ReportedProduct product : file.products()) {
					write(folder.resolve(base + "." + product.product().getName() + ".png"), List.of(file), List.of(product), written);
				}
			} else {
				write(folder.resolve(base + "." + format.extension()), List.of(file), file.products(), written);
			}
		}
	}

	private void checkSomethingToReport() throws ExportException {
		if (loaded.files().isEmpty()) {
			throw new ExportException("no model that can be exported; nothing to export.");
		}
		if (loaded.products().isEmpty() && !format.isPicture()) {
			throw new ExportException("the models hold no product, so there is nothing to report.");
		}
	}

	private void write(Path target, List<Exported> files, List<ReportedProduct> products, Consumer<Path> written) throws ExportException {
		String title = files.size() == 1 ? files.get(0).file().path().getFileName().toString() : "North Star report";
		try {
			ReportFiles.write(format, target, title, products, loaded.teams(), () -> picture(files), scale);
		} catch (IOException e) {
			throw new ExportException(target + ": cannot be written (" + e.getMessage() + ").");
		}
		written.accept(target);
	}

	/** Each file as the editors draw it (its teams above its products' trees), several side by side. */
	private Scene picture(List<Exported> files) {
		List<Scene> scenes = new ArrayList<>();
		for (Exported file : files) {
			Map<String, List<Problem>> byElement = file.problems().stream().filter(p -> p.element() != null)
					.collect(Collectors.groupingBy(Problem::element));
			// the figures of the products that were loaded with data (none without: nothing is drawn)
			SceneFigures figures = SceneFigures.of(file.products().stream().map(ReportedProduct::status).toList());
			TreeScene trees = new TreeScene(element -> byElement.getOrDefault(ReportedModels.name(names, element), List.of()),
					element -> ReportedModels.name(names, element), element -> false, figures);
			scenes.add(FileScene.of(file.model(), trees));
		}
		return scenes.size() == 1 ? scenes.get(0) : SceneComposer.besideEachOther(scenes);
	}

	private static String baseName(Path model) {
		return model.getFileName().toString().replaceFirst("\\.northstar$", "");
	}
}
