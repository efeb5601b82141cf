package org.northstar.scene.report;

import org.northstar.core.table.Figures;
import static org.northstar.scene.report.Markdown.text;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import org.northstar.metrics.FigureText;
import org.northstar.metrics.MetricKinds;
import org.northstar.core.check.Problem;
import org.northstar.metrics.MetricStatus;
import org.northstar.model.NorthStar;
import org.northstar.model.Product;

/**
 * The report for wikis and pull requests: per product the tree as a Mermaid flowchart (rendered by
 * the common git hosts), the dashboard, movers and sensitivity, and the findings as a table.
 */
public final class MarkdownReport {

	private final StringBuilder md = new StringBuilder(16 * 1024);

	public static void write(String title, List<ReportedProduct> products, Writer out) throws IOException {
		MarkdownReport report = new MarkdownReport();
		report.md.append("# ").append(text(title)).append("\n\n");
		products.forEach(report::product);
		out.write(report.md.toString());
		out.flush();
	}

	private void product(ReportedProduct reported) {
		Product product = reported.product();
		md.append("## ").append(text(product.getName())).append("\n\n").append('`').append(reported.file().replace("`", "'")).append("`\n\n");
		if (product.getValueStatement() != null) {
			md.append("**Value:** ").append(text(product.getValueStatement())).append("\n\n");
		}
		if (product.getPmfNote() != null) {
			md.append("**Product/market fit:** ").append(text(product.getPmfNote())).append("\n\n");
		}
		if (product.isSetGame()) {
			md.append("**Game:** ").append(product.getGame().getLiteral())
					.append(product.isSetSecondaryGame() ? ", secondary " + product.getSecondaryGame().getLiteral() : "").append("\n\n");
		}
		product.getNorthStars().stream().findFirst().ifPresent(this::northStar);
		md.append("### Tree\n\n```mermaid\n").append(Mermaid.flowchart(product)).append("```\n\n");
		figures(reported);
		findings(reported.findings());
	}

	private void northStar(NorthStar northStar) {
		md.append("**North Star:** ").append(text(northStar.getName()));
		if (northStar.getDescription() != null) {
			md.append(": ").append(text(northStar.getDescription()));
		}
		md.append("\n\n");
	}

	private void figures(ReportedProduct reported) {
		md.append("### Figures\n\n");
		if (!reported.hasData()) {
			md.append("No data yet: the product names no data source.\n\n");
			return;
		}
		md.append("As of ").append(reported.status().period()).append(".\n\n")
				.append("| metric | kind | value | change | target | achieved | status | owners |\n")
				.append("| --- | --- | ---: | ---: | ---: | ---: | --- | --- |\n");
		for (MetricStatus status : reported.status().metrics()) {
			md.append("| ").append(text(status.metric().getName())).append(" | ").append(MetricKinds.kind(status.metric()))
					.append(" | ").append(FigureText.text(status.value())).append(" | ").append(FigureText.signedPercent(status.changePercent()))
					.append(" | ").append(FigureText.text(status.target())).append(status.targetDate() == null ? "" : " by " + status.targetDate())
					.append(" | ").append(FigureText.percent(status.achieved())).append(" | ").append(status.status().id()).append(" | ")
					.append(text(String.join(", ", MetricKinds.owners(status.metric())))).append(" |\n");
		}
		md.append('\n');
		if (!reported.status().movers().isEmpty()) {
			md.append("**Movers** (contribution to the North Star's change): ").append(reported.status().movers().stream()
					.map(m -> text(m.term().getName()) + " " + FigureText.signed(m.contribution())).collect(Collectors.joining(", ")))
					.append("\n\n");
		}
		if (!reported.status().sensitivity().isEmpty()) {
			md.append("**Sensitivity** (change of the North Star for +10 % of a metric): ").append(reported.status().sensitivity().stream()
					.map(e -> text(e.term().getName()) + " " + FigureText.signed(e.effect())).collect(Collectors.joining(", ")))
					.append("\n\n");
		}
	}

	private void findings(List<Problem> findings) {
		md.append("### Findings\n\n");
		if (findings.isEmpty()) {
			md.append("None.\n\n");
			return;
		}
		md.append("| severity | rule | where | finding | how to fix |\n| --- | --- | --- | --- | --- |\n");
		for (Problem finding : findings) {
			md.append("| ").append(finding.severity().name().toLowerCase()).append(" | `").append(finding.ruleId()).append("` | ")
					.append(FindingText.where(finding)).append(" | ").append(text(finding.message())).append(" | ")
					.append(text(FindingText.fix(finding))).append(" |\n");
		}
		md.append('\n');
	}

}
