package org.northstar.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.northstar.core.rules.Rule;
import org.northstar.core.rules.RuleCatalog;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules", mixinStandardHelpOptions = true,
		description = "List the rule catalog: id, default severity, title (and, in JSON, why).")
final class RulesCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
			description = "Output format (default: ${DEFAULT-VALUE}).")
	private String format;

	@Override
	public Integer call() throws UsageException {
		PrintWriter out = spec.commandLine().getOut();
		List<RuleDescriptions.Description> rules = catalog().all();
		switch (format) {
			case "text" -> rules.forEach(r -> out.printf("%-24s %-8s %s%n", r.id(), r.severity(), r.title()));
			case "json" -> out.println(json(rules));
			default -> throw new UsageException("--format takes text or json, not '" + format + "'.");
		}
		return Main.OK;
	}

	private static String json(List<RuleDescriptions.Description> rules) {
		ObjectNode root = JsonReport.MAPPER.createObjectNode();
		ArrayNode array = root.putArray("rules");
		for (RuleDescriptions.Description rule : rules) {
			array.addObject().put("id", rule.id()).put("severity", rule.severity()).put("title", rule.title())
					.put("why", rule.why());
		}
		return root.toPrettyString();
	}

	/** The catalog as the command line describes it. */
	static RuleDescriptions catalog() {
		return () -> RuleCatalog.all().stream().map(RulesCommand::describe).toList();
	}

	private static RuleDescriptions.Description describe(Rule rule) {
		return new RuleDescriptions.Description(rule.id(), rule.defaultSeverity().word(), rule.title(), rule.why());
	}
}
