package org.northstar.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.northstar.cli.ModelFiles.Collected;
import org.northstar.cli.ModelLoader.Loaded;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Report syntax errors, unresolved names and the anti-pattern rules of the given models.",
				"Folders are searched for .northstar files recursively; names resolve across everything given.",
				"Never writes to the models." })
final class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
			description = "Output format (default: ${DEFAULT-VALUE}).")
	private String format;

	@Option(names = "--rules", paramLabel = "FILE",
			description = "A northstar-rules.properties profile (rule-id = off|info|warning|error) that wins over those found beside the models.")
	private java.nio.file.Path rules;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
	private List<String> paths;

	@Override
	public Integer call() throws UsageException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Report report = Report.forFormat(format, RulesCommand.catalog());
		RuleProfiles.configure(rules);
		Collected collected = ModelFiles.collect(paths);
		collected.problems().forEach(problem -> err.println("northstar: " + problem));
		Loaded loaded = Language.injector().getInstance(ModelLoader.class).load(collected.files());
		List<Finding> findings = Language.injector().getInstance(ModelValidation.class).validate(loaded);
		report.print(findings, collected.files().size(), out);
		if (!collected.problems().isEmpty()) {
			return Main.TROUBLE;
		}
		return JsonReport.count(findings, Finding.Severity.ERROR) > 0 ? Main.FINDINGS : Main.OK;
	}
}
