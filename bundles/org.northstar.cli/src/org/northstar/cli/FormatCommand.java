package org.northstar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;
import org.northstar.cli.ModelFiles.Collected;
import org.northstar.cli.ModelFiles.ModelFile;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.NorthStarLanguage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "format", mixinStandardHelpOptions = true,
		description = { "Give the models the one canonical layout, in place (each file replaced atomically).",
				"Files with syntax errors are left alone. With --check nothing is written: the files that",
				"would change are listed and the exit code is 1 when there are any." })
final class FormatCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--check", description = "List the files that would change; write nothing.")
	private boolean check;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
	private List<String> paths;

	@Override
	public Integer call() throws UsageException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Collected collected = ModelFiles.collect(paths);
		collected.problems().forEach(problem -> err.println("northstar: " + problem));
		LoadedModels<ModelFile> loaded = LoadedFiles.load(collected.files());
		loaded.notText().forEach((file, problem) -> err
				.println("northstar: " + file.displayPath() + ": not formatted: " + problem.message()));
		Formatting formatting = NorthStarLanguage.injector().getInstance(Formatting.class);
		boolean trouble = !collected.problems().isEmpty();
		boolean changes = false;
		boolean unformattable = !loaded.notText().isEmpty();
		for (Map.Entry<ModelFile, XtextResource> entry : loaded.resources().entrySet()) {
			ModelFile file = entry.getKey();
			if (!entry.getValue().getParseResult().getSyntaxErrors().iterator().hasNext()) {
				String formatted = formatting.format(entry.getValue());
				String original = entry.getValue().getParseResult().getRootNode().getText();
				if (!formatted.equals(original)) {
					changes = true;
					if (check) {
						out.println(file.displayPath());
					} else {
						trouble |= !write(file, formatted, err);
					}
				}
			} else {
				unformattable = true;
				err.println("northstar: " + file.displayPath()
						+ ": not formatted: it has syntax errors (see northstar validate).");
			}
		}
		if (trouble) {
			return Main.TROUBLE;
		}
		return (check && changes) || unformattable ? Main.FINDINGS : Main.OK;
	}

	/** Writes next to the file, then moves over it: a reader sees the old text or the new, never half. */
	private static boolean write(ModelFile file, String text, PrintWriter err) {
		Path target = file.path();
		Path temporary = null;
		try {
			temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".northstar-format-", ".tmp");
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return true;
		} catch (IOException e) {
			err.println("northstar: " + file.displayPath() + ": cannot be written (" + e.getMessage() + ").");
			return false;
		} finally {
			deleteQuietly(temporary);
		}
	}

	private static void deleteQuietly(Path temporary) {
		try {
			if (temporary != null) {
				Files.deleteIfExists(temporary);
			}
		} catch (IOException e) {
			// the move already happened or failed and was reported; a stray temp file is harmless
		}
	}
}
