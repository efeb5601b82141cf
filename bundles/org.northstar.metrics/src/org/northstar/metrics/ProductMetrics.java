package org.northstar.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.northstar.model.Input;
import org.northstar.model.Metric;
import org.northstar.model.NorthStar;
import org.northstar.model.Product;

/** Where a product's metrics are in its tree: which there are, its North Star, each input's parent. */
public final class ProductMetrics {

	private ProductMetrics() {
	}

	/** Every metric of the product, in the order written (sub-inputs after their parent input). */
	public static List<Metric> metricsOf(Product product) {
		List<Metric> metrics = new ArrayList<>();
		for (var contents = product.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Metric metric) {
				metrics.add(metric);
			}
		}
		return metrics;
	}

	/** The names of the product's metrics, sorted (as messages list them); unnamed ones left out. */
	public static SortedSet<String> namesOf(Product product) {
		SortedSet<String> names = new TreeSet<>();
		for (Metric metric : metricsOf(product)) {
			if (metric.getName() != null) {
				names.add(metric.getName());
			}
		}
		return names;
	}

	/** The product's North Star: the first one written. */
	public static Optional<NorthStar> northStar(Product product) {
		return product.getNorthStars().stream().findFirst();
	}

	/** The metric an input drives: the input it is written in, or the product's North Star. */
	public static Optional<Metric> parentOf(Input input) {
		EObject container = input.eContainer();
		if (container instanceof Input parent) {
			return Optional.of(parent);
		}
		return container instanceof Product product ? northStar(product).map(Metric.class::cast) : Optional.empty();
	}
}
