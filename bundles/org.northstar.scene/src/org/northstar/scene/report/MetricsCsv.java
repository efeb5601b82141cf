package org.northstar.scene.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.northstar.core.table.Figures;
import org.northstar.core.table.MetricColumn;
import org.northstar.core.table.MetricFacts;
import org.northstar.core.table.MetricRows;
import org.northstar.metrics.MetricKinds;
import org.northstar.metrics.MetricStatus;
import org.northstar.model.Guardrail;
import org.northstar.model.Input;
import org.northstar.model.Metric;
import org.northstar.model.Product;

/**
 * The metrics as a spreadsheet reads them, one row each ({@link MetricColumn}), after one row per
 * product; values and statuses are the dashboard's. {@link MetricRows} reads it back.
 */
public final class MetricsCsv {

	/** Between names in one cell (owners, overlaps). */
	public static final String OWNER_SEPARATOR = ";";

	private MetricsCsv() {
	}

	public static void write(List<ReportedProduct> products, Writer out) throws IOException {
		String[] header = Arrays.stream(MetricColumn.values()).map(MetricColumn::header).toArray(String[]::new);
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get());
		for (ReportedProduct reported : products) {
			csv.printRecord(productRow(reported.product()));
			for (MetricStatus status : reported.status().metrics()) {
				csv.printRecord(metricRow(reported.product(), status));
			}
		}
		csv.flush();
	}

	private static List<String> productRow(Product product) {
		String[] row = new String[MetricColumn.values().length];
		Arrays.fill(row, "");
		row[MetricColumn.PRODUCT.ordinal()] = product.getName();
		row[MetricColumn.NAME.ordinal()] = product.getName();
		row[MetricColumn.KIND.ordinal()] = "product";
		row[MetricColumn.DESCRIPTION.ordinal()] = nonNull(product.getValueStatement());
		row[MetricColumn.GAME.ordinal()] = MetricFacts.literal(product.isSetGame(), product.getGame());
		return List.of(row);
	}

	private static List<String> metricRow(Product product, MetricStatus status) {
		Metric metric = status.metric();
		Input input = metric instanceof Input i ? i : null;
		Metric parent = MetricFacts.parent(metric);
		String[] row = new String[MetricColumn.values().length];
		row[MetricColumn.PRODUCT.ordinal()] = product.getName();
		row[MetricColumn.NAME.ordinal()] = metric.getName();
		row[MetricColumn.KIND.ordinal()] = MetricKinds.kind(metric);
		row[MetricColumn.PARENT.ordinal()] = parent == null ? "" : parent.getName();
		row[MetricColumn.OWNERS.ordinal()] = String.join(OWNER_SEPARATOR, MetricKinds.owners(metric));
		row[MetricColumn.DIMENSION.ordinal()] = input == null ? "" : MetricFacts.literal(input.isSetDimension(), input.getDimension());
		row[MetricColumn.RELATION.ordinal()] = input == null ? "" : MetricFacts.literal(input.isSetRelation(), input.getRelation());
		row[MetricColumn.UNIT.ordinal()] = nonNull(metric.getUnit());
		row[MetricColumn.WINDOW.ordinal()] = MetricFacts.literal(metric.isSetWindow(), metric.getWindow());
		row[MetricColumn.DIRECTION.ordinal()] = MetricFacts.literal(metric.isSetDirection(), metric.getDirection());
		row[MetricColumn.FORMULA.ordinal()] = MetricFacts.formula(metric);
		row[MetricColumn.CURRENT_VALUE.ordinal()] = plain(status.value());
		row[MetricColumn.TARGET.ordinal()] = plain(status.target());
		row[MetricColumn.TARGET_DATE.ordinal()] = status.targetDate() == null ? "" : status.targetDate().toString();
		row[MetricColumn.STATUS.ordinal()] = status.status().id();
		row[MetricColumn.DESCRIPTION.ordinal()] = nonNull(metric.getDescription());
		row[MetricColumn.THRESHOLD.ordinal()] = metric instanceof Guardrail g && g.getThreshold() != null ? g.getThreshold().toPlainString() : "";
		row[MetricColumn.OVERLAPS.ordinal()] = input == null ? "" : String.join(OWNER_SEPARATOR,
				input.getOverlaps().stream().filter(o -> !o.eIsProxy()).map(Input::getName).toList());
		row[MetricColumn.GAME.ordinal()] = "";
		return List.of(row);
	}

	private static String plain(Double value) {
		return value == null ? "" : Figures.exact(value).toPlainString();
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
