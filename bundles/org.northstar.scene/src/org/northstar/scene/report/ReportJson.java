package org.northstar.scene.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.northstar.core.table.Figures;
import org.northstar.core.table.MetricFacts;
import org.northstar.metrics.MetricKinds;
import org.northstar.core.check.Problem;
import org.northstar.metrics.MetricStatus;
import org.northstar.metrics.Movers;
import org.northstar.metrics.Period;
import org.northstar.metrics.Sensitivity;
import org.northstar.model.Candidate;
import org.northstar.model.Guardrail;
import org.northstar.model.HistoryEntry;
import org.northstar.model.Input;
import org.northstar.model.Metric;
import org.northstar.model.NorthStar;
import org.northstar.model.Product;
import org.northstar.model.Score;
import org.northstar.model.Target;
import org.northstar.model.Team;
import org.northstar.model.WorkStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The whole model and its figures as JSON, for other tools; the shape is the JSON Schema
 * {@code report/northstar-report.schema.json} of this bundle ({@link #SCHEMA}). Numbers have ten
 * significant digits ({@link Figures#exact}); null where there is no figure. A data source is
 * named by its kind only: its location may carry what no report should print.
 */
public final class ReportJson {

	/** Where the schema is, inside this bundle. */
	public static final String SCHEMA = "/report/northstar-report.schema.json";
	public static final int VERSION = 1;

	private final JsonGenerator json;

	private ReportJson(JsonGenerator json) {
		this.json = json;
	}

	public static void write(String title, List<ReportedProduct> products, List<Team> teams, Writer out) throws IOException {
		try (JsonGenerator json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out).useDefaultPrettyPrinter()) {
			ReportJson report = new ReportJson(json);
			json.writeStartObject();
			json.writeNumberField("version", VERSION);
			json.writeStringField("title", title);
			json.writeArrayFieldStart("teams");
			for (Team team : teams) {
				report.team(team);
			}
			json.writeEndArray();
			json.writeArrayFieldStart("products");
			for (ReportedProduct product : products) {
				report.product(product);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
	}

	private void team(Team team) throws IOException {
		json.writeStartObject();
		json.writeStringField("name", team.getName());
		json.writeStringField("description", team.getDescription());
		json.writeStringField("lead", team.getLead());
		strings("members", team.getMembers());
		json.writeEndObject();
	}

	private void product(ReportedProduct reported) throws IOException {
		Product product = reported.product();
		json.writeStartObject();
		json.writeStringField("name", product.getName());
		json.writeStringField("file", reported.file());
		json.writeStringField("valueStatement", product.getValueStatement());
		json.writeStringField("pmf", product.getPmfNote());
		json.writeStringField("game", nullIfEmpty(MetricFacts.literal(product.isSetGame(), product.getGame())));
		json.writeStringField("secondaryGame", nullIfEmpty(MetricFacts.literal(product.isSetSecondaryGame(), product.getSecondaryGame())));
		json.writeStringField("review", nullIfEmpty(MetricFacts.literal(product.isSetReview(), product.getReview())));
		json.writeStringField("data", product.getDataSource() == null ? null
				: product.getDataSource().eClass().getName().replace("Source", "").toLowerCase());
		NorthStar northStar = product.getNorthStars().stream().findFirst().orElse(null);
		if (northStar == null) {
			json.writeNullField("northStar");
		} else {
			scorecard(northStar);
		}
		json.writeArrayFieldStart("candidates");
		for (Candidate candidate : product.getCandidates()) {
			json.writeStartObject();
			json.writeStringField("name", candidate.getName());
			json.writeStringField("verdict", candidate.getVerdict() == null ? null : candidate.getVerdict().getLiteral());
			json.writeStringField("reason", candidate.getReason());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("metrics");
		for (MetricStatus status : reported.status().metrics()) {
			metric(status);
		}
		json.writeEndArray();
		json.writeArrayFieldStart("workStreams");
		for (WorkStream stream : product.getWorkStreams()) {
			workStream(stream);
		}
		json.writeEndArray();
		dashboard(reported);
		json.writeArrayFieldStart("findings");
		for (Problem finding : reported.findings()) {
			finding(finding);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private void scorecard(NorthStar northStar) throws IOException {
		json.writeObjectFieldStart("northStar");
		json.writeStringField("name", northStar.getName());
		json.writeArrayFieldStart("scores");
		for (Score score : northStar.getScores()) {
			json.writeStartObject();
			json.writeStringField("criterion", score.getCriterion().getLiteral());
			json.writeStringField("label", Criteria.label(score.getCriterion()));
			json.writeNumberField("score", score.getValue());
			json.writeStringField("rationale", score.getRationale());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("history");
		for (HistoryEntry entry : northStar.getHistory()) {
			json.writeStartObject();
			json.writeStringField("date", entry.getDate() == null ? null : entry.getDate().toString());
			json.writeStringField("metric", entry.getMetric() != null && !entry.getMetric().eIsProxy() ? entry.getMetric().getName() : entry.getMetricName());
			json.writeStringField("reason", entry.getReason());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private void metric(MetricStatus status) throws IOException {
		Metric metric = status.metric();
		json.writeStartObject();
		json.writeStringField("name", metric.getName());
		json.writeStringField("kind", MetricKinds.kind(metric));
		json.writeStringField("description", metric.getDescription());
		Metric parent = MetricFacts.parent(metric);
		json.writeStringField("parent", parent == null ? null : parent.getName());
		strings("owners", MetricKinds.owners(metric));
		Input input = metric instanceof Input i ? i : null;
		json.writeStringField("dimension", input == null ? null : nullIfEmpty(MetricFacts.literal(input.isSetDimension(), input.getDimension())));
		json.writeStringField("relation", input == null ? null : nullIfEmpty(MetricFacts.literal(input.isSetRelation(), input.getRelation())));
		json.writeStringField("unit", metric.getUnit());
		json.writeStringField("window", nullIfEmpty(MetricFacts.literal(metric.isSetWindow(), metric.getWindow())));
		json.writeStringField("direction", nullIfEmpty(MetricFacts.literal(metric.isSetDirection(), metric.getDirection())));
		json.writeStringField("formula", nullIfEmpty(MetricFacts.formula(metric)));
		number("threshold", metric instanceof Guardrail g && g.getThreshold() != null ? g.getThreshold() : null);
		json.writeArrayFieldStart("targets");
		for (Target target : metric.getTargets()) {
			json.writeStartObject();
			number("value", target.getValue());
			json.writeStringField("date", target.getDate() == null ? null : target.getDate().toString());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeObjectFieldStart("figures");
		json.writeStringField("period", status.period() == null ? null : status.period().toString());
		figure("value", status.value());
		figure("previous", status.previous());
		figure("change", status.change());
		figure("changePercent", status.changePercent());
		figure("target", status.target());
		json.writeStringField("targetDate", status.targetDate() == null ? null : status.targetDate().toString());
		figure("achieved", status.achieved());
		json.writeStringField("status", status.status().id());
		figure("r", status.r() == null ? null : status.r().value());
		if (status.r() == null) {
			json.writeNullField("n");
		} else {
			json.writeNumberField("n", status.r().n());
		}
		json.writeStringField("reason", status.reason());
		json.writeArrayFieldStart("series");
		for (Map.Entry<Period, Double> entry : status.series().asMap().entrySet()) {
			json.writeStartObject();
			json.writeStringField("period", entry.getKey().toString());
			figure("value", entry.getValue());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
		json.writeEndObject();
	}

	private void workStream(WorkStream stream) throws IOException {
		json.writeStartObject();
		json.writeStringField("name", stream.getName());
		json.writeStringField("description", stream.getDescription());
		json.writeStringField("team", stream.getTeam() == null || stream.getTeam().eIsProxy() ? null : stream.getTeam().getName());
		json.writeStringField("targets", stream.getTarget() == null || stream.getTarget().eIsProxy() ? null : stream.getTarget().getName());
		strings("hypotheses", stream.getHypotheses());
		strings("experiments", stream.getExperiments());
		json.writeEndObject();
	}

	private void dashboard(ReportedProduct reported) throws IOException {
		json.writeObjectFieldStart("dashboard");
		json.writeStringField("period", reported.status().period() == null ? null : reported.status().period().toString());
		json.writeArrayFieldStart("sensitivity");
		for (Sensitivity.Effect effect : reported.status().sensitivity()) {
			json.writeStartObject();
			json.writeStringField("metric", effect.term().getName());
			figure("effect", effect.effect());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("movers");
		for (Movers.Contribution mover : reported.status().movers()) {
			json.writeStartObject();
			json.writeStringField("metric", mover.term().getName());
			figure("contribution", mover.contribution());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeObjectFieldStart("explained");
		figure("rSquared", reported.status().explained().value());
		json.writeNumberField("n", reported.status().explained().n());
		json.writeEndObject();
		json.writeEndObject();
	}

	private void finding(Problem finding) throws IOException {
		json.writeStartObject();
		json.writeStringField("rule", finding.ruleId());
		json.writeStringField("severity", finding.severity().name().toLowerCase());
		json.writeNumberField("line", finding.line());
		json.writeNumberField("column", finding.column());
		json.writeStringField("element", finding.element());
		json.writeStringField("message", finding.message());
		json.writeStringField("why", FindingText.why(finding));
		json.writeStringField("fix", FindingText.fix(finding));
		json.writeEndObject();
	}

	private void strings(String field, List<String> values) throws IOException {
		json.writeArrayFieldStart(field);
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
	}

	private void figure(String field, Double value) throws IOException {
		number(field, Figures.exact(value));
	}

	private void number(String field, BigDecimal value) throws IOException {
		if (value == null) {
			json.writeNullField(field);
		} else {
			json.writeNumberField(field, value);
		}
	}

	private static String nullIfEmpty(String text) {
		return text == null || text.isEmpty() ? null : text;
	}
}
