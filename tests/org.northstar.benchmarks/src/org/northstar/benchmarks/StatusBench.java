package org.northstar.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.resource.XtextResource;
import org.northstar.cli.Main;
import org.northstar.core.check.LanguageSession;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelSource;
import org.northstar.metrics.Calculator;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.ProductStatus;
import org.northstar.metrics.data.DataException;
import org.northstar.metrics.data.DataSettings;
import org.northstar.metrics.data.DataSources;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;

/**
 * {@code northstar status} of the quantified workspace ({@link QuantifiedWorkspace}), for one data
 * source: the whole command in this JVM (text and JSON), {@code validate --data} (the data rules),
 * and the command's parts on their own: load (parse + link), data read, evaluation. What the
 * whole takes beyond its parts is the output. The end-to-end figure, a new JVM through the
 * {@code northstar} script, is the one a user waits for.
 */
final class StatusBench {

	private final LanguageSession session;
	private final Harness harness;
	private final Path script;

	/** {@code script}: the {@code northstar} script, or null when the end-to-end figure is not wanted. */
	StatusBench(LanguageSession session, Harness harness, Path script) {
		this.session = session;
		this.harness = harness;
		this.script = script;
	}

	/** Every figure of {@code status} over {@code source}'s data, in {@code folder} (written first). */
	List<Measurement> measure(Path folder, int metrics, QuantifiedWorkspace.DataSource source) throws Exception {
		List<Path> files = QuantifiedWorkspace.write(folder, WorkspaceGenerator.productsFor(metrics), source);
		String size = metrics / 1000 + "k, " + QuantifiedWorkspace.WEEKS + " weeks";
		String from = " (" + source.label() + ")";
		List<Measurement> results = new ArrayList<>();
		results.add(harness.measure("status, text, in process" + from, size, () -> cli(folder, "status")));
		results.add(harness.measure("status, JSON with series, in process" + from, size, () -> cli(folder, "status", "--format", "json")));
		results.add(harness.measure("validate --data (data rules), in process" + from, size, () -> cli(folder, "validate", "--data")));
		LoadedModels<ModelSource> loaded = Loading.load(session, files);
		results.add(harness.measure("status part: load (parse + link)" + from, size, () -> Loading.load(session, files)));
		results.add(harness.measure("status part: read the data" + from, size, () -> data(products(loaded))));
		List<Measurements> data = data(products(loaded));
		results.add(harness.measure("status part: evaluate every dashboard" + from, size, () -> evaluate(products(loaded), data)));
		if (script != null) {
			results.add(harness.withRuns(0, 3).measure("./northstar status (a new JVM, text)" + from, size,
					() -> Startup.run(script, "status", folder.toString())));
		}
		return results;
	}

	/**
	 * Below the table: where the time of {@code status} goes for each source (the output is what the
	 * whole command takes beyond load, data and evaluation).
	 */
	static String notes(List<Measurement> results) {
		StringBuilder notes = new StringBuilder();
		List<String> labels = QuantifiedWorkspace.sources().stream().map(QuantifiedWorkspace.DataSource::label).toList();
		for (String label : labels) {
			String from = " (" + label + ")";
			double whole = median(results, "status, text, in process" + from);
			double json = median(results, "status, JSON with series, in process" + from);
			double load = median(results, "status part: load (parse + link)" + from);
			double data = median(results, "status part: read the data" + from);
			double evaluation = median(results, "status part: evaluate every dashboard" + from);
			if (whole > 0) {
				notes.append(String.format(Locale.ROOT, "`status` from %s, in process: load %.0f ms + data read %.0f ms + evaluation %.0f ms"
						+ " + output and the rest %.0f ms (text) or %.0f ms (JSON with every series) = %.0f ms (text), %.0f ms (JSON).  %n",
						label, load, data, evaluation, whole - load - data - evaluation, json - load - data - evaluation, whole, json));
			}
		}
		return notes.toString();
	}

	private static double median(List<Measurement> results, String name) {
		return results.stream().filter(m -> m.name().equals(name)).mapToDouble(Measurement::medianMillis).findFirst().orElse(0);
	}

	private static Object cli(Path folder, String... command) throws IOException {
		String[] args = new String[command.length + 1];
		System.arraycopy(command, 0, args, 0, command.length);
		args[command.length] = folder.toString();
		StringWriter err = new StringWriter();
		int code = Main.run(args, new PrintWriter(Writer.nullWriter()), new PrintWriter(err));
		if (code > 1) {
			throw new IllegalStateException("northstar " + String.join(" ", args) + " exited " + code + ":\n" + err);
		}
		return null;
	}

	private static List<Product> products(LoadedModels<ModelSource> loaded) {
		List<Product> products = new ArrayList<>();
		for (XtextResource resource : loaded.resources().values()) {
			products.addAll(((NorthStarModel) resource.getContents().get(0)).getProducts());
		}
		return products;
	}

	/** Every product's data as {@code status} loads it: side by side. */
	private static List<Measurements> data(List<Product> products) throws DataException {
		List<Measurements> data = new ArrayList<>();
		for (DataSources.Loaded loaded : DataSources.loadAll(products, DataSettings.defaults())) {
			if (loaded.failure() != null) {
				throw loaded.failure();
			}
			data.add(loaded.data());
		}
		return data;
	}

	private static List<ProductStatus> evaluate(List<Product> products, List<Measurements> data) {
		List<ProductStatus> statuses = new ArrayList<>();
		for (int i = 0; i < products.size(); i++) {
			statuses.add(ProductStatus.of(products.get(i), new Calculator(data.get(i)), null));
		}
		return statuses;
	}
}
