package org.northstar.metrics.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.ProductMetrics;
import org.northstar.model.CsvSource;
import org.northstar.model.DataSource;
import org.northstar.model.DuckdbSource;
import org.northstar.model.JdbcSource;
import org.northstar.model.Product;

/**
 * Loads the data a product names: {@code data csv "FILE"} (relative to the model file),
 * {@code data duckdb ["FILE"]} or {@code data jdbc "URL|CONNECTION"} (each metric's
 * {@code query}). A product without a data source has no measurements: its values come from
 * formulas and what-if values only. Every kind reads into the same {@link Measurements}, all
 * or nothing: a load returns complete figures or throws, so a caller keeps its last good ones.
 */
public final class DataSources {

	/** A product's data, or why none of it was loaded. */
	public record Loaded(Product product, Measurements data, DataException failure) {
	}

	private DataSources() {
	}

	/**
	 * Each product's data, in the order of {@code products}, loaded side by side on the machine's
	 * cores: a product's load mostly waits on one core (parsing a CSV file, or DuckDB running its
	 * queries on a connection of its own), so two cores load 227 products in about half the time.
	 * Only reads the products; a failure of one leaves the others loaded.
	 */
	public static List<Loaded> loadAll(List<Product> products, DataSettings settings) {
		int threads = Math.min(products.size(), Runtime.getRuntime().availableProcessors());
		if (threads <= 1) {
			return products.stream().map(product -> loaded(product, settings)).toList();
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("northstar-data-", 0).factory());
		try {
			List<Future<Loaded>> loads = new ArrayList<>();
			for (Product product : products) {
				loads.add(pool.submit(() -> loaded(product, settings)));
			}
			List<Loaded> all = new ArrayList<>();
			for (Future<Loaded> load : loads) {
				all.add(load.get());
			}
			return all;
		} catch (ExecutionException e) {
			// what a load throws besides a DataException is a fault: thrown on as if loaded here
			if (e.getCause() instanceof RuntimeException fault) {
				throw fault;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while loading data", e);
		} finally {
			pool.shutdownNow();
		}
	}

	private static Loaded loaded(Product product, DataSettings settings) {
		try {
			return new Loaded(product, load(product, settings), null);
		} catch (DataException e) {
			return new Loaded(product, null, e);
		}
	}

	/** The product's data with the {@link DataSettings#defaults() default settings}. */
	public static Measurements load(Product product) throws DataException {
		return load(product, DataSettings.defaults());
	}

	public static Measurements load(Product product, DataSettings settings) throws DataException {
		DataSource source = product.getDataSource();
		if (source == null) {
			return Measurements.none();
		}
		if (source instanceof CsvSource csv) {
			return csv(product, csv, settings);
		}
		if (source instanceof DuckdbSource duckdb) {
			return DuckDbData.read(product, duckdb, modelFolder(product), where(product), settings);
		}
		if (source instanceof JdbcSource jdbc) {
			return JdbcData.read(product, jdbc, where(product), settings);
		}
		throw new DataException(new DataProblem(where(product), 0,
				"this data source is not read by this version (product " + product.getName() + "); give the values as 'data csv \"FILE\"'."));
	}

	private static Measurements csv(Product product, CsvSource csv, DataSettings settings) throws DataException {
		if (csv.getPath() == null || csv.getPath().isBlank()) {
			throw new DataException(new DataProblem(where(product), 0, "'data csv' of product " + product.getName()
					+ " names no file; give the path of a CSV file relative to the model."));
		}
		Path folder = modelFolder(product);
		Path file = folder.resolve(csv.getPath()).normalize();
		String outside = ProjectFolder.of(folder).outside(file, "data csv", settings);
		if (outside != null) {
			throw new DataException(new DataProblem(where(product), 0, outside));
		}
		return CsvData.read(file, file.toString(), ProductMetrics.namesOf(product), product.getName());
	}

	private static Path modelFolder(Product product) throws DataException {
		Resource resource = product.eResource();
		URI uri = resource == null ? null : resource.getURI();
		if (uri == null || !uri.isFile()) {
			throw new DataException(new DataProblem(where(product), 0,
					"the model is not a file on disk, so 'data csv' has no folder to start from; save the model as a file."));
		}
		return Path.of(uri.toFileString()).toAbsolutePath().getParent();
	}

	private static String where(Product product) {
		Resource resource = product.eResource();
		return resource == null ? product.getName() : resource.getURI().isFile() ? resource.getURI().toFileString() : resource.getURI().toString();
	}
}
