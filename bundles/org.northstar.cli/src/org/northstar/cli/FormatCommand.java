package org.northstar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;
import org.northstar.core.check.ModelFiles;
import org.northstar.core.check.ModelFiles.Collected;
import org.northstar.core.check.ModelFiles.ModelFile;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.io.AtomicFiles;
import org.northstar.dsl.resource.NorthStarResource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "format", mixinStandardHelpOptions = true,
		description = { "Give the models the one canonical layout, in place (each file replaced atomically).",
				"Files with syntax errors are left alone. With --check nothing is written: the files that",
				"would change are listed and the exit code is 1 when there are any." })
final class FormatCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private Main main;

	@Option(names = "--check", description = "List the files that would change; write nothing.")
	private boolean check;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
	private List<String> paths;

	/** What became of one file. */
	private enum Outcome {
		UNCHANGED, CHANGED, NOT_FORMATTED, TROUBLE
	}

	@Override
	public Integer call() throws UsageException {
		PrintWriter err = spec.commandLine().getErr();
		Collected collected = ModelFiles.collect(paths);
		collected.problems().forEach(problem -> err.println("northstar: " + problem));
		LoadedModels<ModelFile> loaded = LoadedFiles.load(main.session(), collected.files());
		boolean trouble = LoadedFiles.reportFailures(loaded, err) | !collected.problems().isEmpty();
		loaded.notText().forEach((file, problem) -> err
				.println("northstar: " + file.displayPath() + ": not formatted: " + problem.message()));
		Formatting formatting = main.session().get(Formatting.class);
		boolean changes = false;
		boolean unformattable = !loaded.notText().isEmpty();
		for (Map.Entry<ModelFile, XtextResource> entry : loaded.resources().entrySet()) {
			switch (format(entry.getKey(), entry.getValue(), formatting, err)) {
				case CHANGED -> changes = true;
				case NOT_FORMATTED -> unformattable = true;
				case TROUBLE -> trouble = true;
				case UNCHANGED -> { }
			}
		}
		if (trouble) {
			return Main.TROUBLE;
		}
		return (check && changes) || unformattable ? Main.FINDINGS : Main.OK;
	}

	/** Formats one file; whatever goes wrong is said on stderr and concerns this file only. */
	private Outcome format(ModelFile file, XtextResource resource, Formatting formatting, PrintWriter err) {
		if (resource.getParseResult().getSyntaxErrors().iterator().hasNext()) {
			err.println("northstar: " + file.displayPath() + ": not formatted: it has syntax errors (see northstar validate).");
			return Outcome.NOT_FORMATTED;
		}
		String original = resource.getParseResult().getRootNode().getText();
		String formatted;
		try {
			formatted = formatting.format(resource);
		} catch (Formatting.RefusedException e) {
			err.println("northstar: " + file.displayPath() + ":" + e.line() + ":" + e.column() + ": not formatted: " + e.getMessage());
			return Outcome.NOT_FORMATTED;
		} catch (RuntimeException | StackOverflowError e) {
			err.println("northstar: " + file.displayPath() + ": not formatted: the formatter failed (" + e.getClass().getSimpleName()
					+ "); the file was left as it is. Please report it with this file.");
			return Outcome.NOT_FORMATTED;
		}
		if (formatted.equals(original)) {
			return Outcome.UNCHANGED;
		}
		if (check) {
			spec.commandLine().getOut().println(file.displayPath());
			return Outcome.CHANGED;
		}
		return write(file, formatted, err) ? Outcome.CHANGED : Outcome.TROUBLE;
	}

	/** Replaces the file atomically, keeping its byte order mark if it had one. */
	private static boolean write(ModelFile file, String text, PrintWriter err) {
		try {
			boolean byteOrderMark = startsWithByteOrderMark(file);
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			AtomicFiles.write(file.path(), out -> {
				if (byteOrderMark) {
					out.write(NorthStarResource.byteOrderMark());
				}
				out.write(bytes);
			});
			return true;
		} catch (IOException e) {
			err.println("northstar: " + file.displayPath() + ": cannot be written (" + e.getMessage() + ").");
			return false;
		}
	}

	private static boolean startsWithByteOrderMark(ModelFile file) throws IOException {
		try (var in = Files.newInputStream(file.path())) {
			return NorthStarResource.startsWithByteOrderMark(in.readNBytes(3));
		}
	}
}
