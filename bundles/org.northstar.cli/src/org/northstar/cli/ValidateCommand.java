package org.northstar.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.core.check.DataForRules;
import org.northstar.core.check.ModelFiles;
import org.northstar.core.check.ModelFiles.Collected;
import org.northstar.core.check.ModelFiles.ModelFile;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelValidation;
import org.northstar.core.check.Problem;
import org.northstar.core.check.ReadFailure;
import org.northstar.core.rules.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Report syntax errors, unresolved names and the anti-pattern rules of the given models.",
				"Folders are searched for .northstar files recursively; names resolve across everything given.",
				"Never writes to the models." })
final class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private Main main;

	@Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
			description = "Output format (default: ${DEFAULT-VALUE}).")
	private String format;

	@Option(names = "--rules", paramLabel = "FILE",
			description = "A northstar-rules.properties profile (rule-id = off|info|warning|error) that wins over those found beside the models.")
	private java.nio.file.Path rules;

	@Option(names = "--data", description = "Also judge each product against its data (data csv, duckdb, jdbc): the data rules.")
	private boolean data;

	@Mixin
	private DataOptions dataOptions;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
	private List<String> paths;

	@Override
	public Integer call() throws UsageException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Report report = Report.forFormat(format, RulesCommand.catalog());
		RuleProfiles.checkReadable(rules);
		Collected collected = ModelFiles.collect(paths);
		collected.problems().forEach(problem -> err.println("northstar: " + problem));
		LoadedModels<ModelFile> loaded = LoadedFiles.load(main.session(), collected.files());
		RuleProfiles.apply(loaded, rules);
		boolean unreadable = LoadedFiles.reportFailures(loaded, err);
		boolean dataLoaded = !data || DataForRules.attach(loaded.resources().values(), dataOptions.settings(), problem -> err.println("northstar: " + problem));
		List<Finding> findings = findings(main.session().get(ModelValidation.class)
				.validate(loaded, CancelIndicator.NullImpl), loaded.failures());
		report.print(findings, collected.files().size(), out);
		if (!collected.problems().isEmpty() || unreadable || !dataLoaded) {
			return Main.TROUBLE;
		}
		return JsonReport.count(findings, Severity.ERROR) > 0 ? Main.FINDINGS : Main.OK;
	}

	/**
	 * Every problem with the path as the user wrote it, and every file that could not be read (so
	 * that JSON and SARIF readers see it too), sorted by path and position as compilers print them.
	 */
	private static List<Finding> findings(Map<ModelFile, List<Problem>> problems, List<ReadFailure<ModelFile>> failures) {
		List<Finding> findings = new ArrayList<>();
		problems.forEach((file, list) -> list.forEach(problem -> findings.add(Finding.of(file.displayPath(), problem))));
		failures.forEach(failure -> findings.add(Finding.unreadable(failure.source().displayPath(), failure.message())));
		findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
				.thenComparingInt(Finding::column));
		return findings;
	}
}
