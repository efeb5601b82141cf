package org.northstar.cli;

import org.northstar.core.report.Figures;
import org.northstar.core.report.MetricFacts;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.northstar.metrics.MetricStatus;
import org.northstar.metrics.Movers;
import org.northstar.metrics.ProductStatus;
import org.northstar.metrics.Sensitivity;
import org.northstar.metrics.Status;
import org.northstar.model.Guardrail;
import org.northstar.model.NorthStar;

/**
 * The dashboards for people: per product a table (North Star first) with a sparkline of
 * the last weeks, value, change, target, % achieved, status and owners; then what moved
 * the North Star since the period before and how sensitive it is to each metric of its
 * formula. {@code evaluate} prints the same without trend and status.
 */
final class DashboardText {

	private static final int TREND = 12;
	private static final String[] STATUS_HEADER = { "METRIC", "KIND", "TREND", "VALUE", "CHANGE", "TARGET", "ACHIEVED",
			"STATUS", "R", "OWNERS" };
	/** The column painted in the status's colour. */
	private static final int STATUS_COLUMN = List.of(STATUS_HEADER).indexOf("STATUS");

	private final Terminal terminal;
	private final boolean full;

	/** {@code full}: the status dashboard; otherwise evaluate's values. */
	DashboardText(Terminal terminal, boolean full) {
		this.terminal = terminal;
		this.full = full;
	}

	void print(List<Dashboard> dashboards, PrintWriter out) {
		for (int i = 0; i < dashboards.size(); i++) {
			if (i > 0) {
				out.println();
			}
			print(dashboards.get(i), out);
		}
	}

	private void print(Dashboard dashboard, PrintWriter out) {
		ProductStatus status = dashboard.status();
		String period = status.period() == null ? "no data" : "as of " + status.period();
		out.println(terminal.paint(status.product().getName(), Terminal.BOLD) + "  (" + dashboard.file() + ", " + period + ")");
		table(status, out);
		if (status.explained().known()) {
			out.printf("  The formula explains %s of the measured North Star's variance (R², %d periods).%n",
					Figures.percent(100 * status.explained().value()), status.explained().n());
		}
		movers(status, out);
		sensitivity(status, out);
	}

	private void table(ProductStatus status, PrintWriter out) {
		List<String[]> rows = new ArrayList<>();
		rows.add(full ? STATUS_HEADER : new String[] { "METRIC", "KIND", "VALUE", "OWNERS" });
		List<Status> statuses = new ArrayList<>();
		for (MetricStatus metric : status.metrics()) {
			String name = "  ".repeat(MetricFacts.depth(metric.metric())) + metric.metric().getName();
			String owners = String.join(", ", MetricFacts.owners(metric.metric()));
			String value = metric.value() == null && metric.reason() != null ? "– (" + metric.reason() + ")" : Figures.text(metric.value());
			rows.add(full ? new String[] { name, MetricFacts.kind(metric.metric()), trend(metric), Figures.text(metric.value()),
					Figures.signedPercent(metric.changePercent()), target(metric), Figures.percent(metric.achieved()),
					metric.status().id(), r(metric), owners } : new String[] { name, MetricFacts.kind(metric.metric()), value, owners });
			statuses.add(metric.status());
		}
		int[] widths = new int[rows.get(0).length];
		rows.forEach(row -> {
			for (int c = 0; c < row.length; c++) {
				widths[c] = Math.max(widths[c], row[c].codePointCount(0, row[c].length()));
			}
		});
		for (int r = 0; r < rows.size(); r++) {
			out.println("  " + line(rows.get(r), widths, r == 0 ? null : statuses.get(r - 1)).stripTrailing());
		}
	}

	private String line(String[] row, int[] widths, Status status) {
		StringBuilder line = new StringBuilder();
		for (int c = 0; c < row.length; c++) {
			String cell = pad(row[c], widths[c]);
			if (full && c == STATUS_COLUMN && status != null) {
				cell = terminal.paint(cell, colour(status));
			} else if (status == null) {
				cell = terminal.paint(cell, Terminal.DIM);
			}
			line.append(cell).append(c < row.length - 1 ? "  " : "");
		}
		return line.toString();
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(width - text.codePointCount(0, text.length()));
	}

	private static String colour(Status status) {
		return switch (status) {
		case ON_TRACK, OK -> Terminal.GREEN;
		case AT_RISK -> Terminal.YELLOW;
		case OFF_TRACK, BREACHED -> Terminal.RED;
		case NO_DATA, NO_TARGET -> Terminal.DIM;
		};
	}

	/** Pearson's r with the parent and over how many periods: 0.93 (52). */
	private static String r(MetricStatus metric) {
		return metric.r() == null || !metric.r().known() ? "" : String.format(Locale.ROOT, "%.2f (%d)", metric.r().value(), metric.r().n());
	}

	private static String trend(MetricStatus metric) {
		return Sparkline.of(new ArrayList<>(metric.series().asMap().values()), TREND);
	}

	private static String target(MetricStatus metric) {
		if (metric.metric() instanceof Guardrail guardrail && guardrail.getThreshold() != null) {
			return "threshold " + guardrail.getThreshold().toPlainString();
		}
		return metric.target() == null ? "–" : Figures.text(metric.target()) + " by " + metric.targetDate();
	}

	private void movers(ProductStatus status, PrintWriter out) {
		if (status.movers().isEmpty()) {
			return;
		}
		double total = status.movers().stream().mapToDouble(Movers.Contribution::contribution).sum();
		out.printf("  Movers of %s since the period before (%s by its formula):%n", northStar(status), Figures.signed(total));
		int width = status.movers().stream().mapToInt(m -> m.term().getName().length()).max().orElse(0);
		for (Movers.Contribution mover : status.movers()) {
			String verdict = mover.contribution() > 0 ? terminal.paint("win", Terminal.GREEN)
					: mover.contribution() < 0 ? terminal.paint("concern", Terminal.RED) : "unchanged";
			out.printf("    %s  %10s  %s%n", pad(mover.term().getName(), width), Figures.signed(mover.contribution()), verdict);
		}
	}

	private void sensitivity(ProductStatus status, PrintWriter out) {
		if (status.sensitivity().isEmpty()) {
			return;
		}
		out.printf("  Sensitivity of %s to +10 %% of each metric of its formula:%n", northStar(status));
		int width = status.sensitivity().stream().mapToInt(e -> e.term().getName().length()).max().orElse(0);
		for (Sensitivity.Effect effect : status.sensitivity()) {
			out.printf("    %s  %10s%n", pad(effect.term().getName(), width), Figures.signed(effect.effect()));
		}
	}

	private static String northStar(ProductStatus status) {
		return status.metrics().stream().map(MetricStatus::metric).filter(NorthStar.class::isInstance)
				.findFirst().map(m -> m.getName()).orElse("the North Star");
	}
}
