package org.northstar.scene.report;

import org.northstar.core.table.MetricFacts;
import static org.northstar.scene.report.Html.text;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import org.northstar.metrics.FigureText;
import org.northstar.metrics.MetricKinds;
import org.northstar.core.check.Problem;
import org.northstar.scene.SvgPainter;
import org.northstar.metrics.MetricStatus;
import org.northstar.metrics.Movers;
import org.northstar.metrics.Sensitivity;
import org.northstar.model.Candidate;
import org.northstar.model.Criterion;
import org.northstar.model.Guardrail;
import org.northstar.model.HistoryEntry;
import org.northstar.model.Input;
import org.northstar.model.Kpi;
import org.northstar.model.Metric;
import org.northstar.model.NorthStar;
import org.northstar.model.Product;
import org.northstar.model.Score;
import org.northstar.model.Target;
import org.northstar.model.WorkStream;

/**
 * The report people hand around: one HTML file that needs nothing else (styles inline, trees and
 * sparklines as inline SVG, no script, no font or image from anywhere), a section per product, and a
 * print style that gives A4 pages with each product on a new page. Every text from the model is
 * escaped ({@link Html}).
 */
public final class HtmlReport {

	private final StringBuilder html = new StringBuilder(64 * 1024);

	public static void write(String title, List<ReportedProduct> products, Writer out) throws IOException {
		HtmlReport report = new HtmlReport();
		report.document(title, products);
		out.write(report.html.toString());
		out.flush();
	}

	private void document(String title, List<ReportedProduct> products) throws IOException {
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<title>").append(text(title)).append("</title>\n<style>").append(STYLE).append("</style></head>\n<body>\n");
		html.append("<header class=\"cover\"><p class=\"kicker\">North Star report</p><h1>").append(text(title)).append("</h1><p>")
				.append(products.size()).append(products.size() == 1 ? " product" : " products").append(": ")
				.append(products.stream().map(p -> text(p.product().getName())).collect(Collectors.joining(", ")))
				.append("</p></header>\n");
		for (ReportedProduct product : products) {
			product(product);
		}
		html.append("</body></html>\n");
	}

	private void product(ReportedProduct reported) throws IOException {
		Product product = reported.product();
		html.append("<section class=\"product\" id=\"").append(text("product-" + product.getName())).append("\">\n<h1>")
				.append(text(product.getName())).append("</h1>\n<p class=\"file\">").append(text(reported.file())).append("</p>\n<dl class=\"facts\">");
		fact("Value", product.getValueStatement());
		fact("Product/market fit", product.getPmfNote());
		fact("Game", MetricFacts.literal(product.isSetGame(), product.getGame())
				+ (product.isSetSecondaryGame() ? ", secondary " + product.getSecondaryGame().getLiteral() : ""));
		fact("Review", MetricFacts.literal(product.isSetReview(), product.getReview()));
		html.append("</dl>\n<figure class=\"tree\">").append(svg(reported)).append("<figcaption>The North Star tree of ")
				.append(text(product.getName())).append(" with the rules' findings</figcaption></figure>\n");
		Optional<NorthStar> northStar = product.getNorthStars().stream().findFirst();
		northStar.ifPresent(this::northStar);
		candidates(product.getCandidates());
		northStar.ifPresent(n -> history(n.getHistory()));
		inputs(reported);
		guardrailsAndKpis(reported);
		workStreams(product.getWorkStreams());
		dashboard(reported);
		findings(reported.findings());
		html.append("</section>\n");
	}

	private String svg(ReportedProduct reported) throws IOException {
		StringWriter svg = new StringWriter();
		try {
			new SvgPainter().paint(reported.tree(), svg);
		} catch (XMLStreamException e) {
			throw new IOException(e.getMessage(), e);
		}
		// the painter writes a document; inline in HTML the element alone
		return svg.toString().replaceFirst("^<\\?xml[^>]*\\?>", "");
	}

	private void fact(String label, String value) {
		if (value != null && !value.isBlank()) {
			html.append("<dt>").append(text(label)).append("</dt><dd>").append(text(value)).append("</dd>");
		}
	}

	private void northStar(NorthStar northStar) {
		html.append("<h2>North Star: ").append(text(northStar.getName())).append("</h2>\n<dl class=\"facts\">");
		fact("Definition", northStar.getDescription());
		fact("Unit", northStar.getUnit());
		fact("Window", MetricFacts.literal(northStar.isSetWindow(), northStar.getWindow()));
		fact("Formula", MetricFacts.formula(northStar));
		fact("Targets", targets(northStar));
		html.append("</dl>\n<h3>Scorecard</h3>\n<table class=\"scorecard\"><thead><tr><th>Criterion</th><th>Score</th><th>Rationale</th></tr></thead><tbody>");
		Map<Criterion, Score> scores = northStar.getScores().stream().collect(Collectors.toMap(Score::getCriterion, s -> s, (a, b) -> a));
		for (Criterion criterion : Criterion.VALUES) {
			Score score = scores.get(criterion);
			html.append("<tr><td>").append(text(Criteria.label(criterion))).append("</td><td class=\"num\">")
					.append(score == null ? "–" : score.getValue() + " / 5").append("</td><td>")
					.append(score == null ? "<span class=\"muted\">not scored</span>" : text(score.getRationale())).append("</td></tr>");
		}
		html.append("</tbody></table>\n");
	}

	private void candidates(List<Candidate> candidates) {
		if (candidates.isEmpty()) {
			return;
		}
		html.append("<h3>Candidates</h3>\n<table><thead><tr><th>Candidate</th><th>Verdict</th><th>Reason</th></tr></thead><tbody>");
		for (Candidate candidate : candidates) {
			html.append("<tr><td>").append(text(candidate.getName())).append("</td><td>")
					.append(text(candidate.getVerdict() == null ? "" : candidate.getVerdict().getLiteral())).append("</td><td>")
					.append(text(candidate.getReason())).append("</td></tr>");
		}
		html.append("</tbody></table>\n");
	}

	private void history(List<HistoryEntry> history) {
		if (history.isEmpty()) {
			return;
		}
		html.append("<h3>History</h3>\n<table><thead><tr><th>Since</th><th>North Star</th><th>Reason</th></tr></thead><tbody>");
		for (HistoryEntry entry : history) {
			String metric = entry.getMetric() != null && !entry.getMetric().eIsProxy() ? entry.getMetric().getName() : entry.getMetricName();
			html.append("<tr><td>").append(text(String.valueOf(entry.getDate()))).append("</td><td>").append(text(metric))
					.append("</td><td>").append(text(entry.getReason())).append("</td></tr>");
		}
		html.append("</tbody></table>\n");
	}

	private void inputs(ReportedProduct reported) {
		List<MetricStatus> inputs = reported.status().metrics().stream().filter(m -> m.metric() instanceof Input).toList();
		if (inputs.isEmpty()) {
			return;
		}
		html.append("<h2>Inputs</h2>\n<table><thead><tr><th>Input</th><th>Owners</th><th>Dimension</th><th>Relation</th><th>Unit, window</th><th>r with parent</th></tr></thead><tbody>");
		for (MetricStatus status : inputs) {
			Input input = (Input) status.metric();
			html.append("<tr><td style=\"padding-left:").append(0.5 + MetricKinds.depth(input) * 1.2).append("em\"><b>")
					.append(text(input.getName())).append("</b><br><span class=\"muted\">").append(text(input.getDescription()))
					.append("</span></td><td>").append(text(String.join(", ", MetricKinds.owners(input)))).append("</td><td>")
					.append(text(MetricFacts.literal(input.isSetDimension(), input.getDimension()))).append("</td><td>")
					.append(text(MetricFacts.literal(input.isSetRelation(), input.getRelation()))).append("</td><td>")
					.append(text(unitAndWindow(input))).append("</td><td class=\"num\">")
					.append(status.r() == null || status.r().value() == null ? "–"
							: text(FigureText.text(status.r().value())) + " <span class=\"muted\">(n=" + status.r().n() + ")</span>")
					.append("</td></tr>");
		}
		html.append("</tbody></table>\n");
	}

	private void guardrailsAndKpis(ReportedProduct reported) {
		List<MetricStatus> others = reported.status().metrics().stream()
				.filter(m -> m.metric() instanceof Guardrail || m.metric() instanceof Kpi).toList();
		if (others.isEmpty()) {
			return;
		}
		html.append("<h2>Guardrails and KPI</h2>\n<table><thead><tr><th>Metric</th><th>Kind</th><th>Rule</th><th>Value</th><th>Status</th></tr></thead><tbody>");
		for (MetricStatus status : others) {
			Metric metric = status.metric();
			String rule = metric instanceof Guardrail g
					? MetricFacts.literal(g.isSetDirection(), g.getDirection()) + (g.getThreshold() == null ? "" : " than " + g.getThreshold().toPlainString())
					: "follows " + Optional.ofNullable(MetricFacts.parent(metric)).map(Metric::getName).orElse("nothing");
			html.append("<tr><td><b>").append(text(metric.getName())).append("</b><br><span class=\"muted\">").append(text(metric.getDescription()))
					.append("</span></td><td>").append(MetricKinds.kind(metric)).append("</td><td>").append(text(rule))
					.append("</td><td class=\"num\">").append(text(FigureText.text(status.value()))).append("</td><td>").append(status(status))
					.append("</td></tr>");
		}
		html.append("</tbody></table>\n");
	}

	private void workStreams(List<WorkStream> workStreams) {
		if (workStreams.isEmpty()) {
			return;
		}
		html.append("<h2>Work streams</h2>\n");
		for (WorkStream stream : workStreams) {
			html.append("<div class=\"stream\"><h3>").append(text(stream.getName())).append("</h3><p>").append(text(stream.getDescription()))
					.append("</p><p class=\"muted\">Team ").append(text(name(stream.getTeam()))).append(", moves ")
					.append(text(name(stream.getTarget()))).append("</p>");
			list("Hypotheses", stream.getHypotheses());
			list("Experiments", stream.getExperiments());
			html.append("</div>\n");
		}
	}

	private void list(String label, List<String> items) {
		if (!items.isEmpty()) {
			html.append("<p class=\"label\">").append(label).append("</p><ul>");
			items.forEach(item -> html.append("<li>").append(text(item)).append("</li>"));
			html.append("</ul>");
		}
	}

	private void dashboard(ReportedProduct reported) {
		html.append("<h2>Dashboard</h2>\n");
		if (!reported.hasData()) {
			html.append("<p class=\"muted\">No data: the product names no data source, so there are no figures yet.</p>\n");
			return;
		}
		html.append("<p>As of <b>").append(text(reported.status().period().toString())).append("</b>")
				.append(reported.status().explained().value() == null ? ""
						: "; the North Star's formula explains " + text(FigureText.percent(100 * reported.status().explained().value()))
								+ " of its variance (R², n=" + reported.status().explained().n() + ")")
				.append(".</p>\n<table class=\"dashboard\"><thead><tr><th>Metric</th><th>Trend</th><th>Value</th><th>Change</th><th>Target</th><th>Achieved</th><th>Status</th></tr></thead><tbody>");
		for (MetricStatus status : reported.status().metrics()) {
			html.append("<tr><td style=\"padding-left:").append(0.5 + MetricKinds.depth(status.metric()) * 1.2).append("em\">")
					.append(text(status.metric().getName())).append("</td><td>")
					.append(SparklineSvg.of(List.copyOf(status.series().asMap().values()), StatusColours.of(status.status())))
					.append("</td><td class=\"num\">").append(text(FigureText.text(status.value()))).append("</td><td class=\"num\">")
					.append(text(FigureText.signedPercent(status.changePercent()))).append("</td><td class=\"num\">")
					.append(text(FigureText.text(status.target()))).append(status.targetDate() == null ? "" : " <span class=\"muted\">by " + status.targetDate() + "</span>")
					.append("</td><td class=\"num\">").append(text(FigureText.percent(status.achieved()))).append("</td><td>").append(status(status))
					.append("</td></tr>");
		}
		html.append("</tbody></table>\n");
		if (!reported.status().movers().isEmpty()) {
			html.append("<h3>Movers since the period before</h3>\n<table class=\"figures\"><thead><tr><th>Metric</th><th>Contribution to the North Star's change</th></tr></thead><tbody>");
			for (Movers.Contribution mover : reported.status().movers()) {
				html.append("<tr><td>").append(text(mover.term().getName())).append("</td><td class=\"num\">")
						.append(text(FigureText.signed(mover.contribution()))).append("</td></tr>");
			}
			html.append("</tbody></table>\n");
		}
		if (!reported.status().sensitivity().isEmpty()) {
			html.append("<h3>Sensitivity</h3>\n<table class=\"figures\"><thead><tr><th>Metric +10 %</th><th>Change of the North Star</th></tr></thead><tbody>");
			for (Sensitivity.Effect effect : reported.status().sensitivity()) {
				html.append("<tr><td>").append(text(effect.term().getName())).append("</td><td class=\"num\">")
						.append(text(FigureText.signed(effect.effect()))).append("</td></tr>");
			}
			html.append("</tbody></table>\n");
		}
	}

	private void findings(List<Problem> findings) {
		html.append("<h2>Open findings</h2>\n");
		if (findings.isEmpty()) {
			html.append("<p>None: the rules find nothing to say.</p>\n");
			return;
		}
		html.append("<table class=\"findings\"><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Finding</th><th>Why it matters</th><th>How to fix</th></tr></thead><tbody>");
		for (Problem finding : findings) {
			html.append("<tr class=\"").append(finding.severity().name().toLowerCase()).append("\"><td>")
					.append(finding.severity().name().toLowerCase()).append("</td><td><code>").append(text(finding.ruleId()))
					.append("</code></td><td>").append(text(FindingText.where(finding))).append("</td><td>").append(text(finding.message()))
					.append("</td><td>").append(text(FindingText.why(finding))).append("</td><td>").append(text(FindingText.fix(finding)))
					.append("</td></tr>");
		}
		html.append("</tbody></table>\n");
	}

	private static String status(MetricStatus status) {
		return "<span class=\"status\" style=\"background:" + StatusColours.of(status.status()) + "\">" + status.status().id() + "</span>";
	}

	private static String targets(Metric metric) {
		return metric.getTargets().stream().map(HtmlReport::target).collect(Collectors.joining("; "));
	}

	private static String target(Target target) {
		return (target.getValue() == null ? "?" : target.getValue().toPlainString()) + " by " + target.getDate();
	}

	private static String unitAndWindow(Metric metric) {
		String unit = metric.getUnit() == null ? "" : metric.getUnit();
		String window = MetricFacts.literal(metric.isSetWindow(), metric.getWindow());
		return unit.isEmpty() || window.isEmpty() ? unit + window : unit + ", " + window;
	}

	private static String name(org.northstar.model.NamedElement element) {
		return element == null || element.eIsProxy() ? "nothing" : element.getName();
	}

	private static final String STYLE = """
			body{font-family:'DejaVu Sans',Arial,sans-serif;color:#1b263b;margin:0 auto;max-width:1100px;padding:24px;line-height:1.4;font-size:14px}
			h1{font-size:26px;margin:.2em 0}h2{font-size:19px;margin-top:1.6em;border-bottom:2px solid #e0e1dd;padding-bottom:4px}h3{font-size:15px;margin-top:1.2em}
			.kicker{text-transform:uppercase;letter-spacing:.12em;color:#5c677d;font-size:12px;margin:0}
			.cover{border-bottom:4px solid #1b263b;margin-bottom:24px}
			.file,.muted{color:#5c677d}.file{font-family:monospace;margin-top:0}
			dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dl.facts dt{font-weight:bold}dl.facts dd{margin:0}
			figure.tree{margin:16px 0;overflow-x:auto;border:1px solid #e0e1dd;border-radius:6px;padding:8px}
			figure.tree svg{max-width:100%;height:auto}figcaption{color:#5c677d;font-size:12px}
			table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border-bottom:1px solid #e0e1dd;padding:4px 8px;text-align:left;vertical-align:top}
			th{background:#f1f3f5;font-size:12px}td.num{text-align:right;white-space:nowrap}table.figures{width:auto}
			.status{color:#fff;border-radius:9px;padding:1px 8px;font-size:12px;white-space:nowrap}
			tr.error td:first-child{color:#d62828;font-weight:bold}tr.warning td:first-child{color:#b5651d;font-weight:bold}tr.info td:first-child{color:#457b9d}
			.stream{border-left:4px solid #8d99ae;padding-left:12px;margin:8px 0}.label{font-weight:bold;margin-bottom:0}
			svg.spark{display:block}
			@media print{
			@page{size:A4;margin:14mm}
			body{max-width:none;padding:0;font-size:10.5pt}
			section.product{break-before:page}
			figure.tree{overflow:visible;border:none;padding:0}
			tr,figure,.stream{break-inside:avoid}h2,h3{break-after:avoid}
			.status{-webkit-print-color-adjust:exact;print-color-adjust:exact}
			}
			""";
}
