package org.northstar.ui.figures;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.northstar.metrics.MetricStatus;
import org.northstar.metrics.Period;
import org.northstar.metrics.ProductStatus;

/**
 * One product's figures in a {@link FiguresSnapshot}: the engine's dashboard as of the chosen
 * period, with the what-if values applied ({@code status}), the same without them
 * ({@code measured}), and as of the comparison period ({@code compared}, null when none is
 * chosen: then a metric's change is against its previous period, as {@code northstar status} shows).
 *
 * @param whatIf  the hypothetical values by metric name (empty: the figures are measured ones)
 * @param periods every period of the product's data, oldest first (for period pickers)
 */
public record ProductFigures(String name, ProductStatus status, ProductStatus measured, ProductStatus compared,
		Map<String, Double> whatIf, List<Period> periods) {

	public ProductFigures {
		whatIf = Map.copyOf(whatIf);
		periods = List.copyOf(periods);
	}

	/** Whether any figure of the product comes from a what-if value. */
	public boolean hypothetical() {
		return !whatIf.isEmpty();
	}

	/** A metric's figures (what-if applied), by its name as written in the model. */
	public Optional<MetricStatus> metric(String metricName) {
		return find(status, metricName);
	}

	/** A metric's figures as measured (no what-if value applied). */
	public Optional<MetricStatus> measured(String metricName) {
		return find(measured, metricName);
	}

	/** A metric's value as of the comparison period, if one is chosen and the metric has a value then. */
	public Optional<Double> comparisonValue(String metricName) {
		return compared == null ? Optional.empty() : find(compared, metricName).map(MetricStatus::value);
	}

	/** The metric's change as shown: against the comparison period if one is chosen, else against its previous period. */
	public Change change(String metricName) {
		MetricStatus metric = metric(metricName).orElse(null);
		if (metric == null) {
			return Change.NONE;
		}
		if (compared == null) {
			return new Change(metric.change(), metric.changePercent());
		}
		Double before = comparisonValue(metricName).orElse(null);
		if (metric.value() == null || before == null) {
			return Change.NONE;
		}
		double absolute = metric.value() - before;
		return new Change(absolute, before == 0 ? null : 100 * absolute / Math.abs(before));
	}

	private static Optional<MetricStatus> find(ProductStatus status, String metricName) {
		return status.metrics().stream().filter(m -> metricName.equals(m.metric().getName())).findFirst();
	}
}
