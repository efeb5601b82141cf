package org.northstar.ui.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.northstar.metrics.MetricKinds;
import org.northstar.metrics.FigureText;
import org.northstar.metrics.MetricStatus;
import org.northstar.metrics.Movers;
import org.northstar.metrics.Sensitivity;
import org.northstar.metrics.Status;
import org.northstar.model.Guardrail;
import org.northstar.model.Metric;
import org.northstar.model.NorthStar;
import org.northstar.ui.figures.Change;
import org.northstar.ui.figures.FiguresSnapshot;
import org.northstar.ui.figures.LoadError;
import org.northstar.ui.figures.ProductFigures;

/**
 * Paints a model's figures: per product the North Star first and large (value, change, target,
 * % achieved, status, its trend with the target), then a row per input, guardrail and KPI, then
 * the movers and the sensitivity. Only what lies in the visible band is drawn, so a product of
 * thousands of metrics paints as fast as a small one; the layout of everything is returned for
 * pointing at rows.
 */
public final class DashboardPainter {

	static final int MARGIN = 16;
	static final int ROW = 30;
	private static final int CARD = 210;
	private static final int LINE = 20;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

	private final DashboardStyle style;

	public DashboardPainter(DashboardStyle style) {
		this.style = style;
	}

	/** What is selected: a metric of a product, or nothing. */
	public record Selection(String product, String metric) {
	}

	/**
	 * Paints the band {@code [top, top + height)} of the dashboard onto the GC at y 0, {@code width}
	 * wide, and lays out the whole. {@code gc} may be null: then only the layout is made.
	 */
	public DashboardLayout paint(GC gc, FiguresSnapshot snapshot, int width, int top, int height, Selection selected) {
		Band band = new Band(gc, top, height);
		List<DashboardLayout.Row> rows = new ArrayList<>();
		if (band.drawing()) {
			gc.setBackground(style.white);
			gc.fillRectangle(0, 0, width, height);
			gc.setAntialias(SWT.ON);
			gc.setTextAntialias(SWT.ON);
		}
		int y = MARGIN;
		y = errors(band, snapshot, width, y);
		if (snapshot.products().isEmpty()) {
			if (band.shows(y, 40)) {
				GC g = band.gc();
				g.setFont(style.normal);
				g.setForeground(style.grey);
				g.drawString(snapshot.loading() ? "Loading the figures…" : snapshot.file() == null ? "Open a North Star model to see its dashboard."
						: "No figures: the model has no product with data.", MARGIN, band.at(y), true);
			}
			return new DashboardLayout(y + 40, rows);
		}
		for (ProductFigures product : snapshot.products()) {
			y = product(band, snapshot, product, width, y, rows, selected);
		}
		return new DashboardLayout(y + MARGIN, rows);
	}

	private int errors(Band band, FiguresSnapshot snapshot, int width, int y) {
		if (snapshot.errors().isEmpty()) {
			return y;
		}
		List<String> lines = new ArrayList<>();
		lines.add(snapshot.products().isEmpty() ? "The figures could not be loaded:"
				: "The figures could not be loaded; those shown are the last good ones"
						+ (snapshot.loadedAt() == null ? "" : " (loaded at " + TIME.format(snapshot.loadedAt()) + ")") + ":");
		for (LoadError error : snapshot.errors()) {
			lines.add((error.product() != null ? error.product() + ": " : "") + error);
		}
		int h = 12 + lines.size() * LINE;
		if (band.shows(y, h)) {
			GC g = band.gc();
			g.setBackground(style.errorBack);
			g.fillRoundRectangle(MARGIN, band.at(y), width - 2 * MARGIN, h, 8, 8);
			g.setForeground(style.red);
			for (int i = 0; i < lines.size(); i++) {
				g.setFont(i == 0 ? style.bold : style.normal);
				g.drawString(lines.get(i), MARGIN + 10, band.at(y) + 6 + i * LINE, true);
			}
		}
		return y + h + 12;
	}

	private int product(Band band, FiguresSnapshot snapshot, ProductFigures product, int width, int y,
			List<DashboardLayout.Row> rows, Selection selected) {
		if (band.shows(y, 36)) {
			GC g = band.gc();
			g.setFont(style.title);
			g.setForeground(style.text);
			g.drawString(product.name(), MARGIN, band.at(y), true);
			int x = MARGIN + g.textExtent(product.name()).x + 16;
			g.setFont(style.normal);
			g.setForeground(style.grey);
			String period = "as of " + (product.status().period() == null ? "–" : product.status().period())
					+ " · compared with " + (snapshot.comparison() == null ? "the period before" : snapshot.comparison().toString());
			g.drawString(period, x, band.at(y) + 6, true);
			if (product.hypothetical()) {
				String tag = "WHAT-IF: " + product.whatIf().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
						.map(e -> e.getKey() + " = " + FigureText.text(e.getValue())).collect(Collectors.joining(", "))
						+ " (hypothetical; Reset to measured)";
				g.setFont(style.bold);
				Point size = g.textExtent(tag);
				int tx = Math.max(x + g.textExtent(period).x + 24, width - MARGIN - size.x - 16);
				g.setBackground(style.hypotheticalBack);
				g.fillRoundRectangle(tx, band.at(y) + 2, size.x + 16, size.y + 6, 10, 10);
				g.setForeground(style.hypothetical);
				g.drawString(tag, tx + 8, band.at(y) + 5, true);
			}
		}
		y += 40;
		List<MetricStatus> metrics = product.status().metrics();
		Optional<MetricStatus> northStar = metrics.stream().filter(m -> m.metric() instanceof NorthStar).findFirst();
		if (northStar.isPresent()) {
			if (band.shows(y, CARD)) {
				northStarCard(band, product, northStar.get(), width, y);
			}
			y += CARD + 12;
		}
		if (band.shows(y, ROW)) {
			header(band.gc(), band.at(y), width);
		}
		y += ROW;
		Columns columns = new Columns(width);
		for (MetricStatus metric : metrics) {
			if (metric.metric() instanceof NorthStar) {
				continue;
			}
			String name = metric.metric().getName();
			boolean editable = metric.metric() instanceof org.northstar.model.Input;
			Rectangle bounds = new Rectangle(MARGIN, y, width - 2 * MARGIN, ROW);
			rows.add(new DashboardLayout.Row(product.name(), name, editable, bounds, new Rectangle(columns.value, y, columns.valueWidth, ROW)));
			if (band.shows(y, ROW)) {
				boolean isSelected = selected != null && selected.product().equals(product.name()) && selected.metric().equals(name);
				row(band.gc(), product, metric, columns, band.at(y), width, isSelected);
			}
			y += ROW;
		}
		y += 16;
		int panel = 30 + LINE * Math.max(1, Math.max(product.measured().movers().size(), product.status().sensitivity().size()));
		if (band.shows(y, panel)) {
			moversAndSensitivity(band.gc(), product, band.at(y), width, panel);
		}
		return y + panel + 28;
	}

	private void northStarCard(Band band, ProductFigures product, MetricStatus ns, int width, int y) {
		GC g = band.gc();
		int top = band.at(y);
		g.setBackground(product.hypothetical() ? style.hypotheticalBack : style.card);
		g.fillRoundRectangle(MARGIN, top, width - 2 * MARGIN, CARD, 10, 10);
		g.setBackground(style.of(ns.status()));
		g.fillRectangle(MARGIN, top, 8, CARD);
		int x = MARGIN + 24;
		g.setFont(style.bold);
		g.setForeground(style.grey);
		g.drawString("NORTH STAR · " + ns.metric().getName() + unit(ns.metric()), x, top + 12, true);
		g.setFont(style.big);
		g.setForeground(product.hypothetical() ? style.hypothetical : style.text);
		String value = FigureText.text(ns.value());
		g.drawString(value, x, top + 34, true);
		int valueRight = x + g.textExtent(value).x;
		if (product.hypothetical()) {
			Double measured = product.measured(ns.metric().getName()).map(MetricStatus::value).orElse(null);
			g.setFont(style.normal);
			g.drawString("what-if (measured " + FigureText.text(measured) + ", "
					+ FigureText.signed(ns.value() != null && measured != null ? ns.value() - measured : null) + ")", valueRight + 12, top + 52, true);
		}
		Change change = product.change(ns.metric().getName());
		g.setFont(style.bold);
		g.setForeground(colour(change, ns.metric()));
		g.drawString(change.arrow() + " " + FigureText.signed(change.absolute()) + "  (" + FigureText.signedPercent(change.percent()) + ")",
				x, top + 88, true);
		g.setFont(style.normal);
		g.setForeground(style.text);
		g.drawString("Target " + FigureText.text(ns.target()) + (ns.targetDate() == null ? "" : " by " + ns.targetDate()), x, top + 116, true);
		g.drawString(FigureText.percent(ns.achieved()) + " achieved", x, top + 140, true);
		Charts.bar(g, style, ns.achieved(), new Rectangle(x + 120, top + 144, 160, 10), style.of(ns.status()));
		pill(g, ns.status(), x, top + 168);
		int chartX = MARGIN + 360;
		if (width - MARGIN - 16 - chartX > 160) {
			Double hypothetical = product.hypothetical() ? ns.value() : null;
			Charts.trend(g, style, ns.series(), ns.target(), hypothetical, new Rectangle(chartX, top + 12, width - MARGIN - 16 - chartX, CARD - 24));
		}
	}

	private void header(GC g, int y, int width) {
		Columns c = new Columns(width);
		g.setFont(style.bold);
		g.setForeground(style.grey);
		g.drawString("Metric", c.name, y + 8, true);
		g.drawString("Trend", c.spark, y + 8, true);
		right(g, "Value", c.value + c.valueWidth, y + 8);
		g.drawString("Change", c.change, y + 8, true);
		right(g, "Target", c.target + 90, y + 8);
		g.drawString("% achieved", c.achieved, y + 8, true);
		g.drawString("Status", c.status, y + 8, true);
		g.drawString("Owner", c.owner, y + 8, true);
		g.setForeground(style.faint);
		g.drawLine(MARGIN, y + ROW - 1, width - MARGIN, y + ROW - 1);
	}

	private void row(GC g, ProductFigures product, MetricStatus m, Columns c, int y, int width, boolean selected) {
		Metric metric = m.metric();
		boolean whatIf = product.whatIf().containsKey(metric.getName());
		boolean moved = product.hypothetical() && !whatIf
				&& !java.util.Objects.equals(m.value(), product.measured(metric.getName()).map(MetricStatus::value).orElse(null));
		if (selected || whatIf) {
			g.setBackground(whatIf ? style.hypotheticalBack : style.selection);
			g.fillRectangle(MARGIN, y, width - 2 * MARGIN, ROW);
		}
		int text = y + 7;
		g.setFont(metric instanceof org.northstar.model.Input ? style.bold : style.normal);
		g.setForeground(style.text);
		int indent = 12 * MetricKinds.depth(metric);
		g.drawString(metric.getName(), c.name + indent, text, true);
		int nameWidth = g.textExtent(metric.getName()).x;
		g.setFont(style.small);
		g.setForeground(style.grey);
		g.drawString(MetricKinds.kind(metric), c.name + indent + nameWidth + 10, text + 1, true);
		Charts.sparkline(g, m.series(), new Rectangle(c.spark, y + 5, 110, ROW - 10), style.line);
		g.setFont(style.bold);
		g.setForeground(whatIf || moved ? style.hypothetical : style.text);
		right(g, FigureText.text(m.value()) + (whatIf ? " ✎" : moved ? " *" : ""), c.value + c.valueWidth, text);
		Change change = product.change(metric.getName());
		g.setFont(style.normal);
		g.setForeground(colour(change, metric));
		g.drawString(change.arrow() + " " + FigureText.signedPercent(change.percent()), c.change, text, true);
		g.setForeground(style.text);
		right(g, metric instanceof Guardrail guardrail && guardrail.getThreshold() != null
				? "≤≥".charAt(MetricKinds.lowerIsBetter(metric) ? 0 : 1) + " " + FigureText.text(guardrail.getThreshold().doubleValue())
				: FigureText.text(m.target()), c.target + 90, text);
		Charts.bar(g, style, m.achieved(), new Rectangle(c.achieved, y + 10, 70, 10), style.of(m.status()));
		g.setFont(style.small);
		g.setForeground(style.grey);
		g.drawString(FigureText.percent(m.achieved()), c.achieved + 76, text + 1, true);
		pill(g, m.status(), c.status, y + 5);
		g.setFont(style.normal);
		g.setForeground(style.text);
		g.drawString(String.join(", ", MetricKinds.owners(metric)), c.owner, text, true);
		g.setForeground(style.faint);
		g.drawLine(MARGIN, y + ROW - 1, width - MARGIN, y + ROW - 1);
	}

	private void moversAndSensitivity(GC g, ProductFigures product, int y, int width, int height) {
		int half = (width - 2 * MARGIN - 16) / 2;
		// what moved the North Star is history: a what-if value would stand in both periods and hide it
		List<Movers.Contribution> movers = product.measured().movers();
		double moverScale = movers.stream().mapToDouble(m -> Math.abs(m.contribution())).max().orElse(1);
		panel(g, "Movers since the period before", MARGIN, y, half, height);
		int row = y + 30;
		if (movers.isEmpty()) {
			note(g, "No movers: the North Star has no formula or no period before.", MARGIN + 10, row);
		}
		for (Movers.Contribution mover : movers) {
			boolean win = mover.contribution() > 0;
			String verdict = win ? "win" : mover.contribution() < 0 ? "concern" : "unchanged";
			figureBar(g, mover.term().getName(), FigureText.signed(mover.contribution()) + "  " + verdict, mover.contribution(), moverScale,
					win ? style.green : style.red, MARGIN + 10, row, half - 20);
			row += LINE;
		}
		List<Sensitivity.Effect> effects = product.status().sensitivity();
		double effectScale = effects.stream().mapToDouble(e -> Math.abs(e.effect())).max().orElse(1);
		int x = MARGIN + half + 16;
		panel(g, "Sensitivity: the North Star's change for +10 % of each", x, y, half, height);
		row = y + 30;
		if (effects.isEmpty()) {
			note(g, "No sensitivity: the North Star has no formula.", x + 10, row);
		}
		for (Sensitivity.Effect effect : effects) {
			figureBar(g, effect.term().getName(), FigureText.signed(effect.effect()), effect.effect(), effectScale, style.line, x + 10, row, half - 20);
			row += LINE;
		}
	}

	private void panel(GC g, String title, int x, int y, int width, int height) {
		g.setBackground(style.card);
		g.fillRoundRectangle(x, y, width, height, 10, 10);
		g.setFont(style.bold);
		g.setForeground(style.text);
		g.drawString(title, x + 10, y + 6, true);
	}

	private void figureBar(GC g, String name, String figure, double value, double scale, Color colour, int x, int y, int width) {
		g.setFont(style.normal);
		g.setForeground(style.text);
		g.drawString(name, x, y, true);
		int barX = x + Math.min(200, width / 3);
		int barWidth = Math.max(20, width - (barX - x) - 140);
		g.setBackground(colour);
		g.fillRectangle(barX, y + 4, (int) Math.round(Math.abs(value) / (scale == 0 ? 1 : scale) * barWidth), 10);
		g.drawString(figure, barX + barWidth + 8, y, true);
	}

	private void note(GC g, String text, int x, int y) {
		g.setFont(style.normal);
		g.setForeground(style.grey);
		g.drawString(text, x, y, true);
	}

	private void pill(GC g, Status status, int x, int y) {
		g.setFont(style.small);
		String label = status.id();
		Point size = g.textExtent(label);
		g.setBackground(style.of(status));
		g.fillRoundRectangle(x, y, size.x + 14, size.y + 4, 10, 10);
		g.setForeground(style.white);
		g.drawString(label, x + 7, y + 2, true);
	}

	private static void right(GC g, String text, int rightEdge, int y) {
		g.drawString(text, rightEdge - g.textExtent(text).x, y, true);
	}

	private static String unit(Metric metric) {
		return metric.getUnit() == null ? "" : " (" + metric.getUnit() + ")";
	}

	private Color colour(Change change, Metric metric) {
		Boolean good = change.good(metric);
		return good == null ? style.grey : good ? style.green : style.red;
	}

	/** The columns of the metric rows, the name column taking what the others leave. */
	private static final class Columns {
		final int name = MARGIN + 8;
		final int spark;
		final int value;
		final int valueWidth = 110;
		final int change;
		final int target;
		final int achieved;
		final int status;
		final int owner;

		Columns(int width) {
			int rest = 110 + 10 + valueWidth + 16 + 110 + 100 + 16 + 130 + 100 + 120;
			spark = name + Math.max(220, width - 2 * MARGIN - rest);
			value = spark + 120;
			change = value + valueWidth + 16;
			target = change + 110;
			achieved = target + 90 + 16;
			status = achieved + 130;
			owner = status + 100;
		}
	}

	/** The visible band: what lies outside it is laid out but not drawn. */
	private record Band(GC gc, int top, int height) {

		boolean drawing() {
			return gc != null;
		}

		boolean shows(int y, int h) {
			return gc != null && y < top + height && y + h > top;
		}

		int at(int y) {
			return y - top;
		}
	}
}
