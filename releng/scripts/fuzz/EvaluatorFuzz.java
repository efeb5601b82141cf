import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelLoader;
import org.northstar.core.check.ModelSource;
import org.northstar.core.check.LanguageSession;
import org.northstar.dsl.NorthStarStandaloneSetup;
import org.northstar.metrics.Calculator;
import org.northstar.metrics.Evidence;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.MetricStatus;
import org.northstar.metrics.Movers;
import org.northstar.metrics.Period;
import org.northstar.metrics.ProductMetrics;
import org.northstar.metrics.ProductStatus;
import org.northstar.metrics.Sensitivity;
import org.northstar.metrics.Series;
import org.northstar.metrics.Value;
import org.northstar.metrics.data.DataException;
import org.northstar.metrics.data.DataSources;
import org.northstar.model.CsvSource;
import org.northstar.model.Metric;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * The evaluator's fuzz target of {@code ./northstar fuzz}: a product (one of the test and example
 * models, or one written from the input: random formulas, directions, targets, thresholds, lags)
 * with series (the example data, or random values over periods of every length, extremes
 * included), through status, what-if, sensitivity, movers, r and R². A finding is anything thrown,
 * a figure that is NaN or infinite, or an input that takes more than a second.
 */
public final class EvaluatorFuzz {

	private static final long SLOW_NANOS = FuzzLimits.slowNanos();
	private static final ModelLoader LOADER = LanguageSession.start(new NorthStarStandaloneSetup()).get(ModelLoader.class);

	/** Numbers where arithmetic goes wrong: zero, signs, the largest and smallest doubles, overflow on squaring. */
	private static final double[] EXTREMES = { 0, -0.0, 1, -1, 0.1, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE,
			-Double.MAX_VALUE, 1e154, -1e154, 1e200, 123456789.123, 3 };

	/** Periods of every length, overlapping: weeks inside months inside a quarter and a year. */
	private static final List<Period> PERIODS = Stream.of("2025-W52", "2026-W01", "2026-W02", "2026-W03", "2026-W04", "2026-W05",
			"2026-W06", "2026-W07", "2026-W08", "2026-W09", "2026-01", "2026-02", "2026-Q1", "2026", "2026-01-01", "2026-01-31",
			"2025-12", "2025").map(text -> Period.parse(text).orElseThrow()).toList();

	private static final String[] NAMES = { "N", "A", "B", "C", "D", "G", "K" };

	private static final List<Product> SEEDS = new ArrayList<>();
	private static final Map<Product, Measurements> SEED_DATA = new HashMap<>();
	/**
	 * Inputs run before time counts: the first ones load and compile the classes of the paths they
	 * take (a first written model took 1.5 s on a busy machine, then milliseconds).
	 */
	private static final int WARM_UP = 200;
	private static int runs;

	private EvaluatorFuzz() {
	}

	/** Loads the test and example models (-Dnorthstar.fuzz.models: folders, path-separated) and their data. */
	public static void fuzzerInitialize() throws IOException {
		for (String folder : System.getProperty("northstar.fuzz.models", "").split(java.io.File.pathSeparator)) {
			if (folder.isBlank()) {
				continue;
			}
			List<ModelSource> sources;
			try (Stream<Path> files = Files.walk(Path.of(folder))) {
				sources = files.filter(f -> f.toString().endsWith(".northstar")).map(ModelSource::ofFile).toList();
			}
			for (XtextResource resource : LOADER.load(sources, CancelIndicator.NullImpl).resources().values()) {
				if (resource.getErrors().isEmpty() && !resource.getContents().isEmpty()) {
					for (Product product : ((NorthStarModel) resource.getContents().get(0)).getProducts()) {
						SEEDS.add(product);
						if (product.getDataSource() != null && !(product.getDataSource() instanceof CsvSource)) {
							// databases are not the evaluator's business (and Jazzer's SQL hooks watch every query)
							continue;
						}
						try {
							SEED_DATA.put(product, DataSources.load(product));
						} catch (DataException e) {
							// a seed without usable data gets random data only
						}
					}
				}
			}
		}
		System.err.println("EvaluatorFuzz: " + SEEDS.size() + " seed products, " + SEED_DATA.size() + " with data");
	}

	public static void fuzzerTestOneInput(FuzzedDataProvider data) {
		long start = System.nanoTime();
		Product product = !SEEDS.isEmpty() && data.consumeBoolean() ? SEEDS.get(data.consumeInt(0, SEEDS.size() - 1)) : written(data);
		if (product == null) {
			return;
		}
		List<Metric> metrics = ProductMetrics.metricsOf(product);
		Measurements measured = SEED_DATA.containsKey(product) && data.consumeBoolean() ? SEED_DATA.get(product) : series(data, metrics);
		Period asked = data.consumeBoolean() ? null : data.pickValue(PERIODS);
		Calculator calculator = new Calculator(measured);
		check(ProductStatus.of(product, calculator, asked));
		Map<Metric, Double> whatIf = new HashMap<>();
		for (int i = data.consumeInt(0, 3); i > 0 && !metrics.isEmpty(); i--) {
			whatIf.put(data.pickValue(metrics), number(data));
		}
		Calculator what = new Calculator(measured, whatIf);
		check(ProductStatus.of(product, what, asked));
		for (Metric metric : metrics) {
			Period period = data.pickValue(PERIODS);
			check(calculator.value(metric, period), metric);
			check(what.value(metric, period), metric);
			what.computedSeries(metric).asMap().values().forEach(v -> finite(v, "computed series of " + metric.getName()));
			Sensitivity.of(metric, period, what).forEach(e -> finite(e.effect(), "sensitivity to " + e.term().getName()));
			Movers.between(metric, data.pickValue(PERIODS), period, calculator)
					.forEach(c -> finite(c.contribution(), "contribution of " + c.term().getName()));
		}
		List<Period> axis = List.copyOf(measured.periods());
		Series x = randomSeries(data);
		Series y = randomSeries(data);
		fit(Evidence.correlation(x, y, data.consumeInt(-2, 4), axis.isEmpty() ? PERIODS : axis), "r");
		fit(Evidence.explained(x, y), "R²");
		long nanos = System.nanoTime() - start;
		if (++runs > WARM_UP && nanos > SLOW_NANOS) {
			throw new IllegalStateException("took " + nanos / 1_000_000 + " ms");
		}
	}

	private static void check(ProductStatus status) {
		for (MetricStatus m : status.metrics()) {
			String name = m.metric().getName();
			for (Double figure : new Double[] { m.value(), m.previous(), m.change(), m.changePercent(), m.target(), m.achieved() }) {
				finite(figure, "status of " + name);
			}
			if (m.r() != null) {
				fit(m.r(), "r of " + name);
			}
			m.series().asMap().values().forEach(v -> finite(v, "series of " + name));
		}
		status.sensitivity().forEach(e -> finite(e.effect(), "sensitivity to " + e.term().getName()));
		status.movers().forEach(c -> finite(c.contribution(), "contribution of " + c.term().getName()));
		fit(status.explained(), "R²");
	}

	private static void check(Value value, Metric metric) {
		if (value.present()) {
			finite(value.number(), "value of " + metric.getName());
		} else if (value.reason() == null || value.reason().isBlank()) {
			throw new IllegalStateException("no value of " + metric.getName() + " and no reason");
		}
	}

	private static void fit(Evidence.Fit fit, String what) {
		finite(fit.value(), what);
		if (fit.known() && Math.abs(fit.value()) > 1 + 1e-9 && !what.startsWith("R²")) {
			throw new IllegalStateException(what + " = " + fit.value() + ", outside [-1, 1]");
		}
	}

	private static void finite(Double figure, String what) {
		if (figure != null && !Double.isFinite(figure)) {
			throw new IllegalStateException(what + " is " + figure);
		}
	}

	/** Values for some metrics over some periods (a metric may have none). */
	private static Measurements series(FuzzedDataProvider data, List<Metric> metrics) {
		Map<String, Series> byName = new LinkedHashMap<>();
		for (Metric metric : metrics) {
			if (metric.getName() != null && data.consumeBoolean()) {
				byName.put(metric.getName(), randomSeries(data));
			}
		}
		return new Measurements(byName);
	}

	private static Series randomSeries(FuzzedDataProvider data) {
		Map<Period, Double> values = new HashMap<>();
		for (int i = data.consumeInt(0, PERIODS.size()); i > 0; i--) {
			values.put(data.pickValue(PERIODS), number(data));
		}
		return Series.of(values);
	}

	private static double number(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 2)) {
		case 0 -> data.pickValue(EXTREMES);
		case 1 -> data.consumeInt(-1000, 1000);
		default -> data.consumeRegularDouble();
		};
	}

	/** A product written from the input: the North Star, inputs (some nested, some lagged), a guardrail and a KPI. */
	private static Product written(FuzzedDataProvider data) {
		int count = data.consumeInt(1, NAMES.length);
		StringBuilder text = new StringBuilder("product P {\n");
		text.append("    northstar N {").append(clauses(data, count)).append("}\n");
		int open = 0;
		for (int i = 1; i < count; i++) {
			String name = NAMES[i];
			if ((name.equals("G") || name.equals("K")) && open > 0) {
				// guardrails and KPIs belong to the product, not to an input
				text.append(" }".repeat(open)).append('\n');
				open = 0;
			}
			if (name.equals("G")) {
				text.append("    guardrail G {").append(clauses(data, count)).append(" threshold ").append(literal(data)).append(" }\n");
			} else if (name.equals("K")) {
				text.append("    kpi K { follows N").append(clauses(data, count)).append(" }\n");
			} else {
				text.append("    input ").append(name).append(" {").append(clauses(data, count));
				if (data.consumeBoolean()) {
					text.append(" lag ").append(data.consumeInt(0, 3));
				}
				if (data.consumeBoolean()) {
					text.append('\n');
					open++;
					continue;
				}
				text.append(" }\n");
			}
		}
		text.append(" }".repeat(open)).append("\n}\n");
		ModelSource source = ModelSource.of(URI.createURI("file:/fuzz/evaluator.northstar"), text.toString().getBytes(StandardCharsets.UTF_8));
		LoadedModels<ModelSource> loaded = LOADER.load(List.of(source), CancelIndicator.NullImpl);
		XtextResource resource = loaded.resources().values().stream().findFirst().orElse(null);
		if (resource == null || !resource.getErrors().isEmpty() || resource.getContents().isEmpty()) {
			throw new IllegalStateException("the fuzz target wrote a model that does not parse:\n" + text);
		}
		return ((NorthStarModel) resource.getContents().get(0)).getProducts().get(0);
	}

	private static String clauses(FuzzedDataProvider data, int count) {
		StringBuilder clauses = new StringBuilder();
		if (data.consumeBoolean()) {
			clauses.append(" formula ").append(expression(data, count, 4));
		}
		if (data.consumeBoolean()) {
			clauses.append(" direction ").append(data.consumeBoolean() ? "lower" : "higher");
		}
		for (int i = data.consumeInt(0, 2); i > 0; i--) {
			LocalDate date = LocalDate.of(2025, 6, 1).plusDays(data.consumeInt(0, 900));
			clauses.append(" target ").append(literal(data)).append(" by ").append(date);
		}
		return clauses.toString();
	}

	private static String expression(FuzzedDataProvider data, int count, int depth) {
		int choice = depth == 0 ? data.consumeInt(0, 1) : data.consumeInt(0, 4);
		return switch (choice) {
		case 0 -> NAMES[data.consumeInt(0, count - 1)];
		case 1 -> literal(data).replace("-", "");
		case 2 -> "-" + expression(data, count, depth - 1);
		case 3 -> "(" + expression(data, count, depth - 1) + ")";
		default -> expression(data, count, depth - 1) + " " + data.pickValue(new String[] { "+", "-", "*", "/" }) + " "
				+ expression(data, count, depth - 1);
		};
	}

	/** A number as the language writes it: digits, a point, digits; huge and tiny ones too. */
	private static String literal(FuzzedDataProvider data) {
		double number = data.consumeBoolean() ? data.consumeInt(-100, 10000) : data.pickValue(new double[] { 0, 0.5, 1e-12, 1e18, 2.5 });
		return BigDecimal.valueOf(number).toPlainString();
	}
}
