package org.northstar.ui.figures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.northstar.metrics.Calculator;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.Period;
import org.northstar.metrics.ProductMetrics;
import org.northstar.metrics.ProductStatus;
import org.northstar.model.Metric;
import org.northstar.ui.figures.FiguresLoad.ProductData;

/**
 * The live figures of one model file: the last good figures of each product, the what-if values,
 * the chosen period and comparison period. Loads run in a background job ({@link #refresh()}); what-if
 * and period changes are recomputed from the loaded data without reading anything again. Every change
 * makes a new {@link FiguresSnapshot} and tells the listeners, on the thread that made it.
 * Nothing here writes to the model.
 */
public final class ModelFigures {

	private final IFile file;
	private final FiguresJob job;
	private final List<Consumer<FiguresSnapshot>> listeners = new CopyOnWriteArrayList<>();

	// guarded by this
	private final Map<String, ProductData> loaded = new LinkedHashMap<>();
	private final Map<String, Map<String, Double>> whatIf = new HashMap<>();
	private List<LoadError> errors = List.of();
	private Instant loadedAt;
	private boolean loading;
	private Period asOf;
	private Period comparison;
	private volatile FiguresSnapshot current;

	ModelFigures(IFile file) {
		this.file = file;
		this.current = FiguresSnapshot.empty(file);
		this.job = new FiguresJob(this);
	}

	public IFile file() {
		return file;
	}

	/** The figures as they are now (never null; empty before the first load). */
	public FiguresSnapshot current() {
		return current;
	}

	/** Called with every new snapshot, on the thread that made it (a job's or the caller's): UI clients asyncExec. */
	public void addListener(Consumer<FiguresSnapshot> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<FiguresSnapshot> listener) {
		listeners.remove(listener);
	}

	/**
	 * Loads the figures again in a background job (progress in the Progress view, cancellable). The
	 * figures shown stay until the load succeeds; a failed product keeps its last good figures and the
	 * error is in the snapshot and on the model's {@code data} line. A refresh asked for while one runs
	 * runs after it.
	 */
	public FiguresJob refresh() {
		job.schedule();
		return job;
	}

	/**
	 * Sets a hypothetical value of a metric of a product (by names as written in the model); the
	 * figures are recomputed at once (on the caller's thread), the metrics computed from it change with
	 * it, and the snapshot is marked hypothetical. Nothing is written.
	 */
	public void setWhatIf(String product, String metric, double value) {
		synchronized (this) {
			whatIf.computeIfAbsent(product, p -> new HashMap<>()).put(metric, value);
		}
		publish();
	}

	/** Drops every what-if value: the figures are the measured ones again. */
	public void resetWhatIf() {
		synchronized (this) {
			whatIf.clear();
		}
		publish();
	}

	/** The period the figures are as of; null for the latest period of each product's data. */
	public void setAsOf(Period period) {
		synchronized (this) {
			asOf = period;
		}
		publish();
	}

	/** The period changes are measured against; null for each metric's previous period. */
	public void setComparison(Period period) {
		synchronized (this) {
			comparison = period;
		}
		publish();
	}

	/**
	 * The data of each product as last loaded, by product name (no what-if applied), for hosts that
	 * compute on a parse of their own: the rules over data ({@link FiguresForRules}).
	 */
	public synchronized Map<String, Measurements> measurements() {
		Map<String, Measurements> data = new LinkedHashMap<>();
		loaded.forEach((name, product) -> data.put(name, product.data()));
		return data;
	}

	/** Cancels a load under way (the workbench closes). */
	void stop() {
		job.cancel();
	}

	/** The file is gone (deleted, moved, its project closed): stops, and tells the listeners with empty figures. */
	void forget() {
		job.cancel();
		synchronized (this) {
			loaded.clear();
			whatIf.clear();
			errors = List.of();
			loading = false;
		}
		current = FiguresSnapshot.empty(file);
		tell(current);
	}

	synchronized void loadStarted() {
		loading = true;
	}

	/** Takes what a load found: loaded products replace theirs, failed ones keep their last good figures. */
	void loadFinished(FiguresLoad.Result result) {
		synchronized (this) {
			loading = false;
			if (result != null) {
				if (result.parsed()) {
					loaded.keySet().removeIf(name -> !result.products().containsKey(name) && !result.failed().contains(name));
					loaded.putAll(result.products());
					if (!result.products().isEmpty()) {
						loadedAt = Instant.now();
					}
				}
				errors = result.errors();
			}
		}
		publish();
	}

	void publish() {
		FiguresSnapshot snapshot;
		try {
			snapshot = compute();
		} catch (RuntimeException e) {
			ILog.of(ModelFigures.class).error("The figures of " + file.getFullPath() + " could not be computed.", e);
			return;
		}
		current = snapshot;
		tell(snapshot);
	}

	private void tell(FiguresSnapshot snapshot) {
		for (Consumer<FiguresSnapshot> listener : listeners) {
			try {
				listener.accept(snapshot);
			} catch (RuntimeException e) {
				ILog.of(ModelFigures.class).error("A listener of the figures of " + file.getFullPath() + " failed.", e);
			}
		}
	}

	private synchronized FiguresSnapshot compute() {
		List<ProductFigures> products = new ArrayList<>();
		for (ProductData data : loaded.values()) {
			products.add(figuresOf(data));
		}
		return new FiguresSnapshot(file, products, errors, loadedAt, loading, asOf, comparison);
	}

	private ProductFigures figuresOf(ProductData data) {
		String name = data.product().getName();
		Calculator measuredCalculator = new Calculator(data.data());
		ProductStatus measured = ProductStatus.of(data.product(), measuredCalculator, asOf);
		Map<String, Double> values = whatIf.getOrDefault(name, Map.of());
		Map<Metric, Double> hypothetical = new HashMap<>();
		for (Metric metric : ProductMetrics.metricsOf(data.product())) {
			Double value = values.get(metric.getName());
			if (value != null) {
				hypothetical.put(metric, value);
			}
		}
		ProductStatus status = hypothetical.isEmpty() ? measured
				: ProductStatus.of(data.product(), new Calculator(data.data(), hypothetical), asOf);
		ProductStatus compared = comparison == null ? null : ProductStatus.of(data.product(), measuredCalculator, comparison);
		return new ProductFigures(name, status, measured, compared, values, List.copyOf(data.data().periods()));
	}
}
