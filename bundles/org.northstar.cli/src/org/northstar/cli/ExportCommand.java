package org.northstar.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.northstar.cli.ReportedModels.Exported;
import org.northstar.core.check.Problem;
import org.northstar.core.report.ReportFiles;
import org.northstar.core.report.ReportFormat;
import org.northstar.core.report.ReportedProduct;
import org.northstar.core.scene.FileScene;
import org.northstar.core.scene.Scene;
import org.northstar.core.scene.SceneComposer;
import org.northstar.core.scene.TreeScene;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Write the models as a report (HTML, Markdown, JSON, CSV of metrics) or draw their trees (SVG, PNG, a 16:9 slide);",
				"with the rules' findings and, where a product has data, its dashboard. Needs no display.",
				"The other .northstar files of each model's folder are read too, so that names defined there resolve.",
				"Several models make one document, or one file each with --out DIR/." })
final class ExportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private Main main;

	@Mixin
	private DataOptions dataOptions;

	@Option(names = "--format", paramLabel = "html|markdown|json|csv|svg|png|slide", defaultValue = "svg",
			description = "What to write (default: ${DEFAULT-VALUE}).")
	private String formatName;

	@Option(names = "--out", paramLabel = "FILE|DIR", description = { "Where to write: a file (one document), or a folder (an existing one,",
			"or a path ending in /) for one file per model (per product for slide). Default: beside the one model named." })
	private String outOption;

	/** Where --out points; whether it names a folder is read from the option as typed (a Path drops the trailing /). */
	private Path out;

	@Option(names = "--scale", paramLabel = "FACTOR", defaultValue = "2", description = "Pixels per diagram unit for PNG (default: ${DEFAULT-VALUE}).")
	private double scale;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "The .northstar files or folders to export.")
	private List<String> paths;

	@Override
	public Integer call() throws UsageException {
		ReportFormat format = ReportFormat.of(formatName).orElseThrow(
				() -> new UsageException("unknown format '" + formatName + "'; use html, markdown, json, csv, svg, png or slide."));
		out = outOption == null ? null : Path.of(outOption);
		ReportedModels.Loaded loaded = ReportedModels.load(main.session(), paths, dataOptions.settings(), spec.commandLine().getErr());
		if (loaded.code() == Main.FINDINGS || loaded.files().isEmpty()) {
			if (loaded.files().isEmpty() && loaded.code() == Main.OK) {
				throw new UsageException("no .northstar model in " + String.join(" ", paths) + "; nothing to export.");
			}
			return loaded.code();
		}
		if (loaded.products().isEmpty() && !format.isPicture()) {
			throw new UsageException("the models hold no product, so there is nothing to report.");
		}
		boolean eachFile = out != null && (Files.isDirectory(out) || outOption.endsWith("/") || outOption.endsWith(java.io.File.separator));
		if (eachFile) {
			for (Exported file : loaded.files()) {
				if (file.products().isEmpty() && !format.isPicture()) {
					continue; // a file of teams alone: its teams show in the reports of the products they own
				}
				if (format == ReportFormat.SLIDE) {
					for (ReportedProduct product : file.products()) {
						write(out.resolve(baseName(file) + "." + product.product().getName() + ".png"), format, List.of(file), List.of(product), loaded);
					}
				} else {
					write(out.resolve(baseName(file) + "." + format.extension()), format, List.of(file), file.products(), loaded);
				}
			}
		} else {
			if (format == ReportFormat.SLIDE && loaded.products().size() != 1) {
				throw new UsageException("a slide shows one product and these models hold " + loaded.products().size()
						+ "; name a folder with --out DIR/ for one slide each.");
			}
			write(single(format, loaded), format, loaded.files(), loaded.products(), loaded);
		}
		return loaded.code();
	}

	private Path single(ReportFormat format, ReportedModels.Loaded loaded) throws UsageException {
		if (out != null) {
			return out;
		}
		if (loaded.files().size() != 1) {
			throw new UsageException(loaded.files().size() + " models to export: name --out FILE for one document, or --out DIR/ for one file each.");
		}
		Exported file = loaded.files().get(0);
		return file.file().path().toAbsolutePath().resolveSibling(baseName(file) + (format == ReportFormat.SLIDE ? "-slide" : "") + "." + format.extension());
	}

	private void write(Path target, ReportFormat format, List<Exported> files, List<ReportedProduct> products, ReportedModels.Loaded loaded)
			throws UsageException {
		String title = files.size() == 1 ? files.get(0).file().path().getFileName().toString() : "North Star report";
		try {
			ReportFiles.write(format, target, title, products, loaded.teams(), () -> picture(files), scale);
		} catch (IOException e) {
			throw new UsageException(target + ": cannot be written (" + e.getMessage() + ").");
		}
		spec.commandLine().getOut().println(target);
	}

	/** Each file as the editors draw it (its teams above its products' trees), several side by side. */
	private Scene picture(List<Exported> files) {
		IQualifiedNameProvider names = main.session().get(IQualifiedNameProvider.class);
		List<Scene> scenes = new ArrayList<>();
		for (Exported file : files) {
			Map<String, List<Problem>> byElement = file.problems().stream().filter(p -> p.element() != null)
					.collect(Collectors.groupingBy(Problem::element));
			TreeScene trees = new TreeScene(element -> byElement.getOrDefault(ReportedModels.name(names, element), List.of()),
					element -> ReportedModels.name(names, element), element -> false);
			scenes.add(FileScene.of(file.model(), trees));
		}
		return scenes.size() == 1 ? scenes.get(0) : SceneComposer.besideEachOther(scenes);
	}

	private static String baseName(Exported file) {
		return file.file().path().getFileName().toString().replaceFirst("\\.northstar$", "");
	}
}
