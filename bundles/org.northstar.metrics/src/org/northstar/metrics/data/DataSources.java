package org.northstar.metrics.data;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.ProductMetrics;
import org.northstar.model.CsvSource;
import org.northstar.model.DataSource;
import org.northstar.model.JdbcSource;
import org.northstar.model.Product;

/**
 * Loads the data a product names ({@code data csv "..."}, relative to the model
 * file). A product without a data source has no measurements: its values come from
 * formulas and what-if values only. New kinds of source (DuckDB, JDBC) are one more
 * case here, each reading into the same {@link Measurements}.
 */
public final class DataSources {

	private DataSources() {
	}

	public static Measurements load(Product product) throws DataException {
		DataSource source = product.getDataSource();
		if (source == null) {
			return Measurements.none();
		}
		if (source instanceof CsvSource csv) {
			return csv(product, csv);
		}
		String name = source instanceof JdbcSource ? "data jdbc" : "this data source";
		throw new DataException(new DataProblem(where(product), 0,
				name + " is not read by this version yet (product " + product.getName() + "); give the values as 'data csv \"FILE\"'."));
	}

	private static Measurements csv(Product product, CsvSource csv) throws DataException {
		if (csv.getPath() == null || csv.getPath().isBlank()) {
			throw new DataException(new DataProblem(where(product), 0, "'data csv' of product " + product.getName()
					+ " names no file; give the path of a CSV file relative to the model."));
		}
		Path folder = modelFolder(product);
		Path file = folder.resolve(csv.getPath()).normalize();
		Set<String> names = ProductMetrics.metricsOf(product).stream().map(m -> m.getName()).filter(n -> n != null)
				.collect(Collectors.toSet());
		return CsvData.read(file, file.toString(), names, product.getName());
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
