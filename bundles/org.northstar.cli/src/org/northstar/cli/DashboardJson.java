package org.northstar.cli;

import org.northstar.core.table.Figures;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.northstar.metrics.MetricKinds;
import org.northstar.metrics.MetricStatus;
import org.northstar.metrics.Movers;
import org.northstar.metrics.Period;
import org.northstar.metrics.ProductStatus;
import org.northstar.metrics.Sensitivity;
import org.northstar.model.Metric;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The dashboards as JSON: {@code {"products":[{"product","file","period","metrics":[...],
 * "sensitivity":[{"metric","effect"}],"movers":[{"metric","contribution"}],"explained":{"rSquared","n"}}]}};
 * each metric {@code {"name","kind","owners","value","previous","change","changePercent","target",
 * "targetDate","achieved","status","r","n","series":[{"period","value"}]}} (and {@code "reason"} when
 * it has no value). Percentages are numbers of percent (82.5 is 82.5 %); null where there is no figure.
 * <p>
 * Streamed as it is made into text, never built as a tree first: the status of a large workspace
 * with its series runs to millions of values (70 MB for 10,000 metrics over two years of weeks).
 */
final class DashboardJson {

	private DashboardJson() {
	}

	static void print(List<Dashboard> dashboards, boolean withSeries, PrintWriter out) throws IOException {
		// the mapper's writer sets the generator up as the other reports are (indented), and leaves out open
		try (JsonGenerator json = JsonReport.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
			json.writeStartObject();
			json.writeArrayFieldStart("products");
			for (Dashboard dashboard : dashboards) {
				product(json, dashboard, withSeries);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		out.println();
	}

	private static void product(JsonGenerator json, Dashboard dashboard, boolean withSeries) throws IOException {
		ProductStatus status = dashboard.status();
		json.writeStartObject();
		json.writeStringField("product", status.product().getName());
		json.writeStringField("file", dashboard.file());
		json.writeStringField("period", status.period() == null ? null : status.period().toString());
		json.writeArrayFieldStart("metrics");
		for (MetricStatus metric : status.metrics()) {
			metric(json, metric, withSeries);
		}
		json.writeEndArray();
		json.writeArrayFieldStart("sensitivity");
		for (Sensitivity.Effect effect : status.sensitivity()) {
			termFigure(json, effect.term(), "effect", effect.effect());
		}
		json.writeEndArray();
		json.writeArrayFieldStart("movers");
		for (Movers.Contribution mover : status.movers()) {
			termFigure(json, mover.term(), "contribution", mover.contribution());
		}
		json.writeEndArray();
		json.writeObjectFieldStart("explained");
		number(json, "rSquared", status.explained().value());
		json.writeNumberField("n", status.explained().n());
		json.writeEndObject();
		json.writeEndObject();
	}

	private static void metric(JsonGenerator json, MetricStatus status, boolean withSeries) throws IOException {
		json.writeStartObject();
		json.writeStringField("name", status.metric().getName());
		json.writeStringField("kind", MetricKinds.kind(status.metric()));
		json.writeArrayFieldStart("owners");
		for (String owner : MetricKinds.owners(status.metric())) {
			json.writeString(owner);
		}
		json.writeEndArray();
		number(json, "value", status.value());
		number(json, "previous", status.previous());
		number(json, "change", status.change());
		number(json, "changePercent", status.changePercent());
		number(json, "target", status.target());
		json.writeStringField("targetDate", status.targetDate() == null ? null : status.targetDate().toString());
		number(json, "achieved", status.achieved());
		json.writeStringField("status", status.status().id());
		number(json, "r", status.r() == null ? null : status.r().value());
		if (status.r() == null) {
			json.writeNullField("n");
		} else {
			json.writeNumberField("n", status.r().n());
		}
		if (status.reason() != null) {
			json.writeStringField("reason", status.reason());
		}
		if (withSeries) {
			json.writeArrayFieldStart("series");
			for (Map.Entry<Period, Double> entry : status.series().asMap().entrySet()) {
				json.writeStartObject();
				json.writeStringField("period", entry.getKey().toString());
				number(json, "value", entry.getValue());
				json.writeEndObject();
			}
			json.writeEndArray();
		}
		json.writeEndObject();
	}

	/** {"metric": term, field: figure}: an entry of the sensitivity or the movers. */
	private static void termFigure(JsonGenerator json, Metric term, String field, double figure) throws IOException {
		json.writeStartObject();
		json.writeStringField("metric", term.getName());
		number(json, field, figure);
		json.writeEndObject();
	}

	/** A figure without floating-point noise (see {@link Figures#exact}), or null. */
	private static void number(JsonGenerator json, String field, Double value) throws IOException {
		BigDecimal exact = Figures.exact(value);
		if (exact == null) {
			json.writeNullField(field);
		} else {
			json.writeNumberField(field, exact);
		}
	}
}
