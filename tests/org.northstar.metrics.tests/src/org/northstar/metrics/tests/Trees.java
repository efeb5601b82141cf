package org.northstar.metrics.tests;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.Period;
import org.northstar.metrics.ProductMetrics;
import org.northstar.metrics.Series;
import org.northstar.model.Metric;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;
import org.northstar.testing.Workspace;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Parses small models for the engine's tests and finds their metrics by name. */
public class Trees {

	@Inject
	private Provider<Workspace> workspaces;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** The first product of a model written as {@code text}. */
	public Product product(String text) {
		NorthStarModel model = workspaces.get().file("model.northstar", text).load().model("model.northstar");
		return model.getProducts().get(0);
	}

	/** The first product of the model file at {@code path} (a real file, so that data paths resolve). */
	public Product productOfFile(Path path) {
		XtextResourceSet resourceSet = resourceSets.get();
		var resource = resourceSet.getResource(URI.createFileURI(path.toAbsolutePath().toString()), true);
		EcoreUtil.resolveAll(resourceSet);
		return ((NorthStarModel) resource.getContents().get(0)).getProducts().get(0);
	}

	public static Metric metric(Product product, String name) {
		return ProductMetrics.metricsOf(product).stream().filter(m -> name.equals(m.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no metric " + name));
	}

	/**
	 * Measurements from pairs of a metric name and its values, one per week from the ISO week
	 * {@code first} on (NaN: no value that week).
	 */
	public static Measurements weekly(String first, Object... nameThenValues) {
		Period start = period(first);
		Map<String, Series> all = new HashMap<>();
		for (int i = 0; i < nameThenValues.length; i += 2) {
			double[] values = (double[]) nameThenValues[i + 1];
			Map<Period, Double> series = new HashMap<>();
			for (int week = 0; week < values.length; week++) {
				if (!Double.isNaN(values[week])) {
					series.put(new Period(Period.Kind.WEEK, start.start().plusWeeks(week)), values[week]);
				}
			}
			all.put((String) nameThenValues[i], Series.of(series));
		}
		return new Measurements(all);
	}

	public static Period period(String text) {
		return Period.parse(text).orElseThrow(() -> new AssertionError("not a period: " + text));
	}
}
