package org.northstar.scene;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;
import org.northstar.metrics.MetricStatus;
import org.northstar.metrics.ProductStatus;
import org.northstar.model.Metric;
import org.northstar.model.Product;

/**
 * The figures a scene draws on its nodes and edges: the engine's dashboards, found by product and
 * metric name (the picture is often of another parse of the same text than the one the figures
 * were computed on), and which of them are hypothetical (moved by a what-if). Products without data
 * show no figures.
 */
public final class SceneFigures {

	public static final SceneFigures NONE = new SceneFigures(Map.of(), Map.of(), Map.of());

	private final Map<String, Map<String, MetricStatus>> shown;
	private final Map<String, Map<String, MetricStatus>> measured;
	private final Map<String, Map<String, MetricStatus>> compared;

	private SceneFigures(Map<String, Map<String, MetricStatus>> shown, Map<String, Map<String, MetricStatus>> measured,
			Map<String, Map<String, MetricStatus>> compared) {
		this.shown = shown;
		this.measured = measured;
		this.compared = compared;
	}

	/** The figures as measured. */
	public static SceneFigures of(Collection<ProductStatus> statuses) {
		Map<String, Map<String, MetricStatus>> byName = byName(statuses);
		return new SceneFigures(byName, byName, Map.of());
	}

	/**
	 * What-if figures: a figure whose value differs from the measured one is hypothetical. Changes
	 * are against the dashboards of a comparison period where {@code compared} has one (empty: each
	 * metric's previous period).
	 */
	public static SceneFigures whatIf(Collection<ProductStatus> shown, Collection<ProductStatus> measured,
			Collection<ProductStatus> compared) {
		return new SceneFigures(byName(shown), byName(measured), byName(compared));
	}

	public boolean isEmpty() {
		return shown.isEmpty();
	}

	/** The figures of a metric, when its product has data. */
	public Optional<MetricStatus> of(Metric metric) {
		return Optional.ofNullable(find(shown, metric));
	}

	/** Whether the metric's value shown is not the measured one. */
	public boolean hypothetical(Metric metric) {
		MetricStatus now = find(shown, metric);
		MetricStatus before = find(measured, metric);
		return now != null && before != null && !Objects.equals(now.value(), before.value());
	}

	/** The metric's value as of the comparison period, when one is chosen and it has a value then. */
	public Optional<Double> comparedValue(Metric metric) {
		return Optional.ofNullable(find(compared, metric)).map(MetricStatus::value);
	}

	private static MetricStatus find(Map<String, Map<String, MetricStatus>> figures, Metric metric) {
		Product product = EcoreUtil2.getContainerOfType(metric, Product.class);
		if (product == null) {
			return null;
		}
		return figures.getOrDefault(product.getName(), Map.of()).get(metric.getName());
	}

	private static Map<String, Map<String, MetricStatus>> byName(Collection<ProductStatus> statuses) {
		Map<String, Map<String, MetricStatus>> byName = new HashMap<>();
		for (ProductStatus status : statuses) {
			if (status.period() == null) {
				continue; // no data: nothing to show
			}
			Map<String, MetricStatus> metrics = new HashMap<>();
			status.metrics().stream().filter(metric -> metric.metric().getName() != null)
					.forEach(metric -> metrics.putIfAbsent(metric.metric().getName(), metric));
			if (status.product().getName() != null) {
				byName.put(status.product().getName(), Map.copyOf(metrics));
			}
		}
		return Map.copyOf(byName);
	}
}
