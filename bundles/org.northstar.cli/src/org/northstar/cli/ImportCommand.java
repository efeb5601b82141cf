package org.northstar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.northstar.core.io.AtomicFiles;
import org.northstar.dsl.ide.edit.TableImport;

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
		String tableText = read(table);
		String text = Files.exists(into) ? read(into) : "";
		TableImport.Imported imported;
		try {
			imported = main.editorSession().get(TableImport.class).apply(tableText, into, text);
		} catch (TableImport.Refused refused) {
			if (refused.rows().isEmpty()) {
				err.println("northstar: " + refused.getMessage());
				return Main.FINDINGS;
			}
			refused.rows().forEach(problem -> err.println(table + ":" + problem.line() + ": " + problem.message()));
			err.println("northstar: " + refused.getMessage());
			return Main.TROUBLE;
		} catch (IllegalArgumentException | IllegalStateException e) {
			throw new UsageException(into + ": " + e.getMessage());
		}
		if (!imported.text().equals(text)) {
			try {
				AtomicFiles.write(into, imported.text().getBytes(StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UsageException(into + ": cannot be written (" + e.getMessage() + ").");
			}
		}
		spec.commandLine().getOut().printf("%s: %s%n", into, imported.summary());
		return Main.OK;
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
