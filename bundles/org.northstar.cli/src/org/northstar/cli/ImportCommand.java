package org.northstar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.northstar.core.check.ModelFiles;
import org.northstar.core.check.ModelFiles.ModelFile;
import org.northstar.core.check.ModelSource;
import org.northstar.core.io.AtomicFiles;
import org.northstar.core.report.MetricRows;
import org.northstar.core.report.MetricRows.RowProblem;
import org.northstar.dsl.ide.edit.MetricImport;
import org.northstar.dsl.ide.edit.ModelEdits.FileEdit;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.dsl.ide.edit.ModelSnapshots;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Bring a metrics table (as 'export --format csv' writes it, or a spreadsheet's export of it) into a model:",
				"products and metrics are updated by name and added where missing, as minimal text edits that keep",
				"every comment and every line not concerned. Columns may come in any order, optional ones may be",
				"missing, cells may be separated by commas, semicolons or tabs. A row that cannot be used is",
				"printed with its line, and then nothing is written." })
final class ImportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private Main main;

	@Parameters(arity = "1", paramLabel = "TABLE.csv", description = "The metrics table.")
	private Path table;

	@Option(names = "--into", required = true, paramLabel = "FILE", description = "The .northstar model to update (made when it does not exist).")
	private Path into;

	@Override
	public Integer call() throws UsageException {
		PrintWriter err = spec.commandLine().getErr();
		MetricRows.Table rows = MetricRows.read(read(table));
		if (!rows.problems().isEmpty()) {
			return refuse(rows.problems(), err);
		}
		String text = Files.exists(into) ? read(into) : "";
		Path folder = into.toAbsolutePath().normalize().getParent();
		List<ModelFile> others = Files.isDirectory(folder) ? ModelFiles.collect(List.of(folder.toString())).files().stream()
				.filter(f -> !f.path().toAbsolutePath().normalize().equals(into.toAbsolutePath().normalize())).toList() : List.of();
		ModelSnapshots snapshots = main.editorSession().get(ModelSnapshots.class);
		URI uri = ModelSource.fileUri(into.toAbsolutePath().normalize());
		ModelSnapshot fresh = snapshots.load(uri, text, others, false);
		if (fresh.hasSyntaxErrors() || fresh.model() == null) {
			err.println("northstar: " + into + " has syntax errors; fix them first (northstar validate " + into + " lists them). Nothing was written.");
			return Main.FINDINGS;
		}
		MetricImport.Result result;
		try {
			result = main.editorSession().get(MetricImport.class).apply(fresh, rows.rows());
		} catch (MetricImport.Refused refused) {
			return refuse(refused.problems(), err);
		} catch (IllegalArgumentException | IllegalStateException e) {
			throw new UsageException(into + ": " + e.getMessage());
		}
		String written = text;
		for (FileEdit edit : result.edits()) {
			if (edit.resource().getURI().equals(fresh.resource().getURI())) {
				written = edit.applyTo(written);
			}
		}
		if (!written.equals(text)) {
			try {
				AtomicFiles.write(into, written.getBytes(StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UsageException(into + ": cannot be written (" + e.getMessage() + ").");
			}
		}
		spec.commandLine().getOut().printf("%s: %d rows, %d added, %d changed%n", into, rows.rows().size(), result.added(), result.changed());
		return Main.OK;
	}

	private int refuse(List<RowProblem> problems, PrintWriter err) {
		problems.forEach(problem -> err.println(table + ":" + problem.line() + ": " + problem.message()));
		err.println("northstar: " + problems.size() + (problems.size() == 1 ? " row" : " rows") + " cannot be imported; nothing was written.");
		return Main.TROUBLE;
	}

	private static String read(Path file) throws UsageException {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (CharacterCodingException e) {
			throw new UsageException(file + ": not UTF-8 text; save it as UTF-8 (a spreadsheet's \"CSV UTF-8\") and run again.");
		} catch (IOException e) {
			throw new UsageException(file + ": cannot be read (" + e.getMessage() + ").");
		}
	}
}
