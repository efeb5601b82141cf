package org.northstar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.northstar.scene.report.ExportException;
import org.northstar.scene.report.ReportExport;
import org.northstar.scene.report.ReportFormat;
import org.northstar.scene.report.ReportedModels;

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
				"Several models make one document, or one file each with --out DIR/.",
				"A product with data shows its figures: each metric's value, unit, trend, status and sparkline, each edge's r." })
final class ExportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private Main main;

	@Mixin
	private DataOptions dataOptions;

	@Option(names = "--no-values", description = "Draw the trees and write the reports without the products' data (and load none).")
	private boolean noValues;

	@Option(names = "--format", paramLabel = "html|markdown|json|csv|svg|png|slide", defaultValue = "svg",
			description = "What to write (default: ${DEFAULT-VALUE}).")
	private String formatName;

	/** Whether it names a folder is read from the option as typed (a Path drops the trailing /). */
	@Option(names = "--out", paramLabel = "FILE|DIR", description = { "Where to write: a file (one document), or a folder (an existing one,",
			"or a path ending in /) for one file per model (per product for slide). Default: beside the one model named." })
	private String outOption;

	@Option(names = "--scale", paramLabel = "FACTOR", defaultValue = "2", description = "Pixels per diagram unit for PNG (default: ${DEFAULT-VALUE}).")
	private double scale;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "The .northstar files or folders to export.")
	private List<String> paths;

	@Override
	public Integer call() throws UsageException {
		ReportFormat format = ReportFormat.of(formatName).orElseThrow(
				() -> new UsageException("unknown format '" + formatName + "'; use html, markdown, json, csv, svg, png or slide."));
		Path out = outOption == null ? null : Path.of(outOption);
		ReportedModels.Loaded loaded = ReportedModels.load(main.session(), paths, dataOptions.settings(), !noValues,
				message -> spec.commandLine().getErr().println("northstar: " + message));
		int code = loaded.trouble() ? Main.TROUBLE : loaded.findings() ? Main.FINDINGS : Main.OK;
		if (loaded.findings() || loaded.files().isEmpty()) {
			if (loaded.files().isEmpty() && code == Main.OK) {
				throw new UsageException("no .northstar model in " + String.join(" ", paths) + "; nothing to export.");
			}
			return code;
		}
		ReportExport export = new ReportExport(main.session().get(IQualifiedNameProvider.class), loaded, format, scale);
		Consumer<Path> written = spec.commandLine().getOut()::println;
		try {
			if (out != null && (Files.isDirectory(out) || outOption.endsWith("/") || outOption.endsWith(java.io.File.separator))) {
				export.writeEach(out, written);
			} else {
				export.writeOne(out, written);
			}
		} catch (ExportException e) {
			throw new UsageException(switch (e.reason()) {
				case SLIDE_OF_SEVERAL_PRODUCTS -> "a slide shows one product and these models hold " + e.count()
						+ "; name a folder with --out DIR/ for one slide each.";
				case SEVERAL_MODELS_WITHOUT_DESTINATION -> e.count() + " models to export: name --out FILE for one document, or --out DIR/ for one file each.";
				default -> e.getMessage();
			});
		}
		return code;
	}
}
