package org.northstar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.northstar.metrics.Calculator;
import org.northstar.metrics.Period;
import org.northstar.metrics.ProductStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "status", mixinStandardHelpOptions = true,
		description = { "The dashboard of every product: each metric's trend, value, change, target, %% achieved, status",
				"and owners (North Star first), what moved the North Star since the period before, and its",
				"sensitivity to each metric of its formula. Values come from each product's data (data csv, data duckdb, data jdbc)." })
final class StatusCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private Main main;

	@Mixin
	private ProductsToShow shown;

	@Mixin
	private DataOptions dataOptions;

	@Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
	private String format;

	@Override
	public Integer call() throws UsageException, IOException {
		ProductsToShow.format(format, List.of("text", "json", "csv"));
		Period asOf = shown.period();
		PrintWriter out = spec.commandLine().getOut();
		QuantifiedModels.Loaded loaded = QuantifiedModels.load(main.session(), shown.paths(), dataOptions.settings(), spec.commandLine().getErr());
		List<Dashboard> dashboards = loaded.products().stream().map(p -> new Dashboard(p.file(),
				ProductStatus.of(p.product(), new Calculator(p.data()), asOf))).toList();
		switch (format) {
		case "json" -> DashboardJson.print(dashboards, true, out);
		case "csv" -> DashboardCsv.print(dashboards, out);
		default -> new DashboardText(Terminal.detect(), true).print(dashboards, out);
		}
		return loaded.code();
	}
}
