package org.northstar.ui.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.northstar.core.check.LanguageSession;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelLoader;
import org.northstar.core.check.SourceLines;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.ProductMetrics;
import org.northstar.metrics.data.DataException;
import org.northstar.metrics.data.DataProblem;
import org.northstar.metrics.data.DataSettings;
import org.northstar.metrics.data.DataSources;
import org.northstar.model.Metric;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;
import org.northstar.workspace.builder.ProjectModels;
import org.northstar.workspace.builder.WorkspaceModelSource;

/**
 * One load of a model file's figures, as {@code northstar status} loads them: the file as saved,
 * parsed with the other models of its project (names resolve across them) on the session's
 * language, then each product's data through the metrics engine, all or nothing per product.
 * Runs on a worker thread; touches no UI.
 */
final class FiguresLoad {

	/** A product as parsed and its measurements. */
	record ProductData(Product product, Measurements data) {
	}

	/**
	 * @param products the products whose data loaded, by name in the order written
	 * @param failed   the names of products whose data did not load (they keep their last good figures)
	 * @param parsed   whether the model itself was read; if not, nothing of it changes
	 */
	record Result(Map<String, ProductData> products, List<String> failed, List<LoadError> errors, boolean parsed) {
	}

	private FiguresLoad() {
	}

	static Result run(LanguageSession session, IFile file, BooleanSupplier cancelled) {
		List<WorkspaceModelSource> sources;
		try {
			sources = new ArrayList<>(ProjectModels.of(file.getProject()));
		} catch (CoreException e) {
			return unread(file.getName() + " could not be read: " + e.getStatus().getMessage());
		}
		WorkspaceModelSource own = WorkspaceModelSource.of(file);
		if (sources.stream().noneMatch(s -> s.file().equals(file))) {
			sources.add(own);
		}
		LoadedModels<WorkspaceModelSource> loaded = session.get(ModelLoader.class).load(sources, cancelled::getAsBoolean);
		XtextResource resource = loaded.resources().entrySet().stream().filter(e -> e.getKey().file().equals(file))
				.map(Map.Entry::getValue).findFirst().orElse(null);
		if (resource == null) {
			String why = loaded.notText().entrySet().stream().filter(e -> e.getKey().file().equals(file))
					.map(e -> e.getValue().message()).findFirst().orElse("it could not be read");
			return unread(file.getName() + ": " + why);
		}
		if (!resource.getErrors().isEmpty()) {
			var error = resource.getErrors().get(0);
			int line = error instanceof Diagnostic d ? d.getLine() : 0;
			return unread(file.getName() + ":" + line + ": " + error.getMessage()
					+ "; the figures shown are those of the last text that had no errors. Fix the error and save.");
		}
		Map<String, ProductData> products = new LinkedHashMap<>();
		List<String> failed = new ArrayList<>();
		List<LoadError> errors = new ArrayList<>();
		DataSettings settings = DataSettings.defaults().withQueryLines(SourceLines::queryLine);
		for (var content : resource.getContents()) {
			if (!(content instanceof NorthStarModel model)) {
				continue;
			}
			for (Product product : model.getProducts()) {
				if (cancelled.getAsBoolean()) {
					break;
				}
				try {
					products.put(product.getName(), new ProductData(product, DataSources.load(product, settings)));
				} catch (DataException e) {
					failed.add(product.getName());
					e.problems().forEach(problem -> errors.add(errorOf(product, problem)));
				} catch (RuntimeException e) {
					failed.add(product.getName());
					errors.add(new LoadError(product.getName(), null, "the data could not be loaded (" + e.getClass().getSimpleName()
							+ (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", SourceLines.dataLine(product)));
				}
			}
		}
		return new Result(products, failed, errors, true);
	}

	static Result unread(String message) {
		return new Result(Map.of(), List.of(), List.of(new LoadError(null, null, message, 0)), false);
	}

	/** The problem as an error of the product, naming the metric whose query is on the problem's line. */
	private static LoadError errorOf(Product product, DataProblem problem) {
		String metric = null;
		if (problem.line() > 0) {
			for (Metric candidate : ProductMetrics.metricsOf(product)) {
				if (candidate.getQuery() != null && SourceLines.queryLine(candidate) == problem.line()) {
					metric = candidate.getName();
				}
			}
		}
		return new LoadError(product.getName(), metric, problem.toString(), SourceLines.dataLine(product));
	}
}
