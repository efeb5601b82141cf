package org.northstar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.resource.XtextResource;
import org.northstar.core.check.LanguageSession;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelFiles;
import org.northstar.core.check.ModelFiles.Collected;
import org.northstar.core.check.ModelFiles.ModelFile;
import org.northstar.core.check.Problem;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.data.DataSettings;
import org.northstar.metrics.data.DataSources;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;

/**
 * The products of the models named on the command line, each with its data loaded,
 * for {@code evaluate} and {@code status}. The other models of each named file's folder
 * are read too, so that names defined there (teams, metrics) resolve; only the named
 * files' products are computed. A model with syntax errors or names that do not
 * resolve is not computed (the errors are printed, exit 1; the anti-pattern rules are
 * {@code validate}'s business and do not stop a computation); a product whose data
 * cannot be loaded is left out with every problem printed (exit 2), the others are
 * still shown. The products' data are loaded side by side ({@link DataSources#loadAll}),
 * the problems printed in the order of the files.
 */
final class QuantifiedModels {

	/** A product, the file it is written in, and its measurements. */
	record Quantified(String file, Product product, Measurements data) {
	}

	/** The products that could be computed, and the exit code the trouble met so far asks for. */
	record Loaded(List<Quantified> products, int code) {
	}

	private QuantifiedModels() {
	}

	static Loaded load(LanguageSession session, List<String> paths, DataSettings settings, PrintWriter err) throws UsageException {
		Collected collected = ModelFiles.collect(paths);
		collected.problems().forEach(problem -> err.println("northstar: " + problem));
		int code = collected.problems().isEmpty() ? Main.OK : Main.TROUBLE;
		Set<Path> named = collected.files().stream().map(file -> real(file.path())).collect(Collectors.toSet());
		LoadedModels<ModelFile> loaded = LoadedFiles.load(session, ModelFiles.withNeighbours(collected.files()));
		for (Map.Entry<ModelFile, Problem> notText : loaded.notText().entrySet()) {
			if (named.contains(real(notText.getKey().path()))) {
				err.println(notText.getKey().displayPath() + ":1:1: error " + notText.getValue().message());
				code = Math.max(code, Main.FINDINGS);
			}
		}
		// each product with the file it is written in, in the order of the files
		Map<Product, String> files = new LinkedHashMap<>();
		for (Map.Entry<ModelFile, XtextResource> entry : loaded.resources().entrySet()) {
			if (!named.contains(real(entry.getKey().path()))) {
				continue;
			}
			String file = entry.getKey().displayPath();
			XtextResource resource = entry.getValue();
			if (!resource.getErrors().isEmpty()) {
				resource.getErrors().forEach(e -> err.printf("%s:%d:%d: error %s%n", file, e.getLine(), e.getColumn(), e.getMessage()));
				err.println("northstar: " + file + " has errors; fix them first (northstar validate " + file + ").");
				code = Math.max(code, Main.FINDINGS);
				continue;
			}
			if (!resource.getContents().isEmpty()) {
				for (Product product : ((NorthStarModel) resource.getContents().get(0)).getProducts()) {
					files.put(product, file);
				}
			}
		}
		List<Quantified> products = new ArrayList<>();
		for (DataSources.Loaded data : DataSources.loadAll(List.copyOf(files.keySet()), settings)) {
			Product product = data.product();
			if (data.failure() == null) {
				products.add(new Quantified(files.get(product), product, data.data()));
			} else {
				data.failure().problems().forEach(problem -> err.println("northstar: " + problem));
				err.println("northstar: no data of product " + product.getName() + " was loaded (a load is all or nothing); fix the problem and run again.");
				code = Main.TROUBLE;
			}
		}
		return new Loaded(products, code);
	}

	private static Path real(Path path) {
		return path.toAbsolutePath().normalize();
	}
}
