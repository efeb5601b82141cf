package org.northstar.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.northstar.core.check.LanguageSession;
import org.northstar.metrics.Calculator;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.Period;
import org.northstar.metrics.ProductMetrics;
import org.northstar.metrics.ProductStatus;
import org.northstar.metrics.Series;
import org.northstar.model.Metric;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;
import org.northstar.ui.dashboard.DashboardLayout;
import org.northstar.ui.dashboard.DashboardPainter;
import org.northstar.ui.dashboard.DashboardStyle;
import org.northstar.ui.figures.FiguresSnapshot;
import org.northstar.ui.figures.ProductFigures;

/**
 * The studio's dashboard for one product of about 1,000 metrics with two years of weekly data, once
 * the data is loaded: the figures it shows (the engine's dashboard, measured and with one what-if
 * value) and the SWT painting of its window, at the top (the North Star and the first rows) and
 * scrolled to the end (the last rows, movers and sensitivity). Needs SWT, the studio's ui bundle and
 * a display ({@code ./northstar bench} provides them when the studio is built).
 */
final class DashboardPaint implements AutoCloseable {

	static final int INPUTS = 4;
	static final int SUBS = 10;
	static final int DRIVERS = 24;
	private static final int WEEKS = 104;

	private final Product product;
	private final Measurements data;
	private final Metric whatIfInput;
	private final Display display;
	private final DashboardStyle style;
	private final DashboardPainter painter;
	private final Image image;
	private final int width;
	private final int height;

	DashboardPaint(LanguageSession session, Path folder, int width, int height) throws Exception {
		Path file = folder.resolve("dashboard.northstar");
		Files.createDirectories(folder);
		Files.writeString(file, model(), StandardCharsets.UTF_8);
		NorthStarModel model = (NorthStarModel) Loading.load(session, List.of(file)).resources().values().iterator().next().getContents().get(0);
		product = model.getProducts().get(0);
		data = data(product);
		whatIfInput = ProductMetrics.metricsOf(product).stream().filter(m -> "I0".equals(m.getName())).findFirst().orElseThrow();
		this.width = width;
		this.height = height;
		display = new Display();
		style = new DashboardStyle(display);
		painter = new DashboardPainter(style);
		image = new Image(display, width, height);
	}

	int metrics() {
		return ProductMetrics.metricsOf(product).size();
	}

	/** The figures of the dashboard, as the live figures compute them after a load. */
	ProductStatus figures() {
		return ProductStatus.of(product, new Calculator(data), null);
	}

	/** The figures with one input set to a what-if value (the North Star follows through its formula). */
	ProductStatus whatIf() {
		return ProductStatus.of(product, new Calculator(data, Map.of(whatIfInput, 1234.0)), null);
	}

	FiguresSnapshot snapshot(ProductStatus status) {
		ProductFigures figures = new ProductFigures(product.getName(), status, status, null, Map.of(), List.copyOf(data.periods()));
		return new FiguresSnapshot(null, List.of(figures), List.of(), Instant.now(), false, null, null);
	}

	/** Paints the window with its top at {@code top} (negative: scrolled to the end). */
	DashboardLayout paint(FiguresSnapshot snapshot, int top) {
		GC gc = new GC(image);
		try {
			int from = top;
			if (top < 0) {
				from = Math.max(0, painter.paint(null, snapshot, width, 0, height, null).height() - height);
			}
			return painter.paint(gc, snapshot, width, from, height, null);
		} finally {
			gc.dispose();
		}
	}

	/** North Star = I0 * I1 * I2 * I3; each input has sub-inputs, each with drivers: about 1,000 metrics. */
	private static String model() {
		StringBuilder text = new StringBuilder("package bench.dashboard\n\nteam Growth\n\nproduct Large {\n")
				.append("    value \"Customers get their work done\"\n    game productivity\n")
				.append("    northstar Completed \"Tasks completed each week\" {\n        unit tasks window weekly\n")
				.append("        formula I0 * I1 * I2 * I3\n        target 2000000 by 2027-06-30\n    }\n");
		for (int i = 0; i < INPUTS; i++) {
			text.append("    input I").append(i).append(" \"Input ").append(i).append("\" {\n")
					.append("        dimension breadth unit tasks window weekly owner Growth relation multiplicative target 60 by 2027-06-30\n");
			for (int s = 0; s < SUBS; s++) {
				text.append("        input I").append(i).append('S').append(s).append(" \"Sub-input\" {\n")
						.append("            dimension depth unit tasks window weekly owner Growth relation correlated\n");
				for (int d = 0; d < DRIVERS; d++) {
					text.append("            input I").append(i).append('S').append(s).append('D').append(d)
							.append(" \"Driver\" { dimension depth unit tasks window weekly owner Growth relation correlated }\n");
				}
				text.append("        }\n");
			}
			text.append("    }\n");
		}
		text.append("    guardrail Churn \"Teams that cancel\" { direction lower threshold 2.5 window weekly }\n")
				.append("    kpi Seats \"Paid seats\" { follows Completed }\n}\n");
		return text.toString();
	}

	/** Two years of weekly values of every metric, a random walk each. */
	private static Measurements data(Product product) {
		Random random = new Random(17);
		List<Period> weeks = new ArrayList<>();
		LocalDate monday = LocalDate.of(2026, 11, 23).with(DayOfWeek.MONDAY);
		for (int w = WEEKS - 1; w >= 0; w--) {
			weeks.add(Period.parse(String.format("%d-W%02d", monday.minusWeeks(w).get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
					monday.minusWeeks(w).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR))).orElseThrow());
		}
		Map<String, Series> series = new HashMap<>();
		for (Metric metric : ProductMetrics.metricsOf(product)) {
			Map<Period, Double> values = new HashMap<>();
			double value = 20 + random.nextDouble() * 30;
			for (Period week : weeks) {
				value = Math.max(1, value * (1 + (random.nextDouble() - 0.48) * 0.05));
				values.put(week, Math.round(value * 100) / 100.0);
			}
			series.put(metric.getName(), Series.of(values));
		}
		return new Measurements(series);
	}

	@Override
	public void close() {
		image.dispose();
		style.dispose();
		display.dispose();
	}
}
