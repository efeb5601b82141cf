package org.northstar.ui.figures;

/**
 * Why the figures of a product could not be loaded (a data source that fails, a model that does
 * not parse): shown in the dashboard and as a problem marker on the model's {@code data} line.
 *
 * @param product the product whose data failed, or null when the model itself could not be read
 * @param metric  the metric whose query failed, or null when the problem is not one metric's
 * @param message what is wrong, where (file:line) and what to do; already free of credentials
 * @param line    the line of the model the marker goes on (the product's {@code data} clause); 0: none known
 */
public record LoadError(String product, String metric, String message, int line) {

	@Override
	public String toString() {
		return (metric != null ? metric + ": " : "") + message;
	}
}
