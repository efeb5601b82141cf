package org.northstar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.northstar.metrics.Calculator;
import org.northstar.metrics.Period;
import org.northstar.metrics.ProductMetrics;
import org.northstar.metrics.ProductStatus;
import org.northstar.model.Metric;
import org.northstar.model.Product;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = { "Every metric's value (from the data, from formulas, or as set with --set) and the North Star's",
				"sensitivity: its change for +10 %% of each metric of its formula, largest first." })
final class EvaluateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private Main main;

	@Option(names = "--set", paramLabel = "Metric=VALUE", description = "What if this metric had this value (repeatable; Product.Metric where names repeat).")
	private Map<String, String> whatIf = new LinkedHashMap<>();

	@Mixin
	private ProductsToShow shown;

	@Mixin
	private DataOptions dataOptions;

	@Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
	private String format;

	@Override
	public Integer call() throws UsageException, IOException {
		ProductsToShow.format(format, List.of("text", "json"));
		Period at = shown.period();
		Map<String, Double> numbers = numbers();
		PrintWriter out = spec.commandLine().getOut();
		QuantifiedModels.Loaded loaded = QuantifiedModels.load(main.session(), shown.paths(), dataOptions.settings(), spec.commandLine().getErr());
		Map<String, Boolean> used = new HashMap<>();
		numbers.keySet().forEach(name -> used.put(name, false));
		List<Dashboard> dashboards = loaded.products().stream().map(p -> new Dashboard(p.file(),
				ProductStatus.of(p.product(), new Calculator(p.data(), values(p.product(), numbers, used)), at))).toList();
		List<String> unknown = used.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
		if (!unknown.isEmpty()) {
			throw new UsageException("--set " + String.join(", ", unknown) + ": no such metric in the models given; use a name as written in the model.");
		}
		if (format.equals("json")) {
			DashboardJson.print(dashboards, false, out);
		} else {
			new DashboardText(Terminal.detect(), false).print(dashboards, out);
		}
		return loaded.code();
	}

	/** The --set values that name a metric of this product (by its name, or Product.Metric). */
	private static Map<Metric, Double> values(Product product, Map<String, Double> numbers, Map<String, Boolean> used) {
		Map<Metric, Double> values = new HashMap<>();
		for (Map.Entry<String, Double> set : numbers.entrySet()) {
			for (Metric metric : ProductMetrics.metricsOf(product)) {
				if (set.getKey().equals(metric.getName()) || set.getKey().equals(product.getName() + "." + metric.getName())) {
					values.put(metric, set.getValue());
					used.put(set.getKey(), true);
				}
			}
		}
		return values;
	}

	private Map<String, Double> numbers() throws UsageException {
		Map<String, Double> numbers = new LinkedHashMap<>();
		for (Map.Entry<String, String> set : whatIf.entrySet()) {
			try {
				double value = Double.parseDouble(set.getValue().strip());
				if (Double.isFinite(value)) {
					numbers.put(set.getKey(), value);
					continue;
				}
			} catch (NumberFormatException e) {
				// told below
			}
			throw new UsageException("--set " + set.getKey() + "=" + set.getValue() + ": not a number; write e.g. --set "
					+ set.getKey() + "=1200.");
		}
		return numbers;
	}
}
