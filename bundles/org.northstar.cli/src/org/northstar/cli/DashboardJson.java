package org.northstar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.northstar.metrics.Movers;
import org.northstar.metrics.MetricStatus;
import org.northstar.metrics.ProductStatus;
import org.northstar.metrics.Sensitivity;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The dashboards as JSON: {@code {"products":[{"product","file","period","metrics":[...],
 * "sensitivity":[{"metric","effect"}],"movers":[{"metric","contribution"}],"explained":{"rSquared","n"}}]}};
 * each metric {@code {"name","kind","owners","value","previous","change","changePercent","target",
 * "targetDate","achieved","status","r","n","series":[{"period","value"}]}} (and {@code "reason"} when
 * it has no value). Percentages are numbers of percent (82.5 is 82.5 %); null where there is no figure.
 */
final class DashboardJson {

	private DashboardJson() {
	}

	/** Written as it is made into text: a status with series can run to many megabytes. */
	static void print(List<Dashboard> dashboards, boolean withSeries, PrintWriter out) throws IOException {
		JsonReport.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, of(dashboards, withSeries));
		out.println();
	}

	static ObjectNode of(List<Dashboard> dashboards, boolean withSeries) {
		ObjectNode root = JsonReport.MAPPER.createObjectNode();
		ArrayNode products = root.putArray("products");
		for (Dashboard dashboard : dashboards) {
			product(products.addObject(), dashboard, withSeries);
		}
		return root;
	}

	private static void product(ObjectNode json, Dashboard dashboard, boolean withSeries) {
		ProductStatus status = dashboard.status();
		json.put("product", status.product().getName());
		json.put("file", dashboard.file());
		json.put("period", status.period() == null ? null : status.period().toString());
		ArrayNode metrics = json.putArray("metrics");
		status.metrics().forEach(metric -> metric(metrics.addObject(), metric, withSeries));
		ArrayNode sensitivity = json.putArray("sensitivity");
		for (Sensitivity.Effect effect : status.sensitivity()) {
			sensitivity.addObject().put("metric", effect.term().getName()).put("effect", Numbers.exact(effect.effect()));
		}
		ArrayNode movers = json.putArray("movers");
		for (Movers.Contribution mover : status.movers()) {
			movers.addObject().put("metric", mover.term().getName()).put("contribution", Numbers.exact(mover.contribution()));
		}
		ObjectNode explained = json.putObject("explained");
		explained.put("rSquared", Numbers.exact(status.explained().value()));
		explained.put("n", status.explained().n());
	}

	private static void metric(ObjectNode json, MetricStatus status, boolean withSeries) {
		json.put("name", status.metric().getName());
		json.put("kind", MetricKinds.kind(status.metric()));
		ArrayNode owners = json.putArray("owners");
		MetricKinds.owners(status.metric()).forEach(owners::add);
		json.put("value", Numbers.exact(status.value()));
		json.put("previous", Numbers.exact(status.previous()));
		json.put("change", Numbers.exact(status.change()));
		json.put("changePercent", Numbers.exact(status.changePercent()));
		json.put("target", Numbers.exact(status.target()));
		json.put("targetDate", status.targetDate() == null ? null : status.targetDate().toString());
		json.put("achieved", Numbers.exact(status.achieved()));
		json.put("status", status.status().id());
		json.put("r", status.r() == null ? null : Numbers.exact(status.r().value()));
		json.put("n", status.r() == null ? null : status.r().n());
		if (status.reason() != null) {
			json.put("reason", status.reason());
		}
		if (withSeries) {
			ArrayNode series = json.putArray("series");
			for (Map.Entry<org.northstar.metrics.Period, Double> entry : status.series().asMap().entrySet()) {
				series.addObject().put("period", entry.getKey().toString()).put("value", Numbers.exact(entry.getValue()));
			}
		}
	}
}
