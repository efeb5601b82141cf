package org.northstar.cli;

import org.northstar.core.table.Figures;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.northstar.metrics.MetricKinds;
import org.northstar.metrics.MetricStatus;

/** The dashboards as CSV, one row per metric: what a spreadsheet or a BI tool reads. */
final class DashboardCsv {

	static final String[] HEADER = { "product", "period", "metric", "kind", "owners", "value", "previous", "change",
			"changePercent", "target", "targetDate", "achieved", "status", "r", "n" };

	private DashboardCsv() {
	}

	static void print(List<Dashboard> dashboards, PrintWriter out) throws IOException {
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator('\n').get());
		for (Dashboard dashboard : dashboards) {
			String period = dashboard.status().period() == null ? "" : dashboard.status().period().toString();
			for (MetricStatus m : dashboard.status().metrics()) {
				csv.printRecord(dashboard.status().product().getName(), period, m.metric().getName(),
						MetricKinds.kind(m.metric()), String.join(";", MetricKinds.owners(m.metric())), cell(m.value()),
						cell(m.previous()), cell(m.change()), cell(m.changePercent()), cell(m.target()),
						m.targetDate() == null ? "" : m.targetDate(), cell(m.achieved()), m.status().id(),
						m.r() == null ? "" : cell(m.r().value()), m.r() == null ? "" : m.r().n());
			}
		}
		csv.flush();
	}

	private static Object cell(Double value) {
		return value == null ? "" : Figures.exact(value).toPlainString();
	}
}
