package org.northstar.ui.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.northstar.core.check.LanguageSession;
import org.northstar.core.check.ModelFiles;
import org.northstar.core.check.ModelFiles.ModelFile;
import org.northstar.scene.report.ExportException;
import org.northstar.scene.report.ReportExport;
import org.northstar.scene.report.ReportFormat;
import org.northstar.scene.report.ReportedModels;
import org.northstar.metrics.data.DataSettings;

/**
 * What the export wizard's page holds: the models (each named relative to its project, as
 * {@code northstar export} names them when run in the project's folder), the format and where it
 * goes. Loads and writes through the core's {@link ReportedModels} and {@link ReportExport} on the
 * workbench's language session, so the wizard writes what the command line writes.
 *
 * @param models      the models, each a file on disk
 * @param destination a file for one document, or a folder for one file per model
 * @param eachFile    whether {@code destination} is a folder
 */
record ExportChoice(List<ModelFile> models, ReportFormat format, Path destination, boolean eachFile) {

	/** The command line's default scale of a PNG. */
	static final double SCALE = 2;

	/**
	 * Loads the models and writes the export; {@code written} hears each file. Returns what went wrong
	 * without stopping it (a product's data that could not be loaded); what stops it is the exception's message.
	 */
	List<String> write(LanguageSession session, Consumer<Path> written) throws ExportException {
		List<String> problems = new ArrayList<>();
		ReportedModels.Loaded loaded = ReportedModels.load(session, new ModelFiles.Collected(models, List.of()), DataSettings.defaults(), true,
				problems::add);
		if (loaded.findings() || loaded.files().isEmpty()) {
			throw new ExportException(problems.isEmpty() ? "No model to export." : String.join("\n", problems));
		}
		ReportExport export = new ReportExport(session.get(IQualifiedNameProvider.class), loaded, format, SCALE);
		if (eachFile) {
			export.writeEach(destination, written);
		} else {
			export.writeOne(destination, written);
		}
		return problems;
	}

	/** The same export into {@code scratch}, drawn as PNG where it would be SVG (the page shows pictures, not SVG). */
	ExportChoice preview(Path scratch) {
		ReportFormat shown = format == ReportFormat.SVG ? ReportFormat.PNG : format;
		return new ExportChoice(models, shown, eachFile ? scratch : scratch.resolve(destination.getFileName()), eachFile);
	}
}
