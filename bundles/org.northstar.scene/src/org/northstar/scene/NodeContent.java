package org.northstar.scene;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.northstar.model.Guardrail;
import org.northstar.model.Input;
import org.northstar.model.Kpi;
import org.northstar.model.Metric;
import org.northstar.model.NamedElement;
import org.northstar.model.NorthStar;
import org.northstar.model.Product;
import org.northstar.model.Team;
import org.northstar.model.WorkStream;

/** What a node says and how it looks: title, its figures (or null), wrapped description, a detail line, team badges, colours. */
record NodeContent(String kind, String title, FigureRow figures, List<String> description, String detail, List<String> teams,
		String fill, String stroke, String accent, String ink) {

	static final double WIDTH = 220;
	static final double PADDING = 10;
	static final double TITLE_SIZE = 13;
	static final double TEXT_SIZE = 11;
	static final double DETAIL_SIZE = 10;
	static final double BADGE_HEIGHT = 16;

	static NodeContent of(EObject element, TextMeasurer measurer, SceneFigures values) {
		String title = element instanceof NamedElement named ? named.getName() : "?";
		FigureRow figures = element instanceof Metric metric
				? values.of(metric)
						.map(status -> FigureRow.of(metric, status, values.hypothetical(metric), values.comparedValue(metric).orElse(null)))
						.orElse(null)
				: null;
		double textWidth = WIDTH - 2 * PADDING;
		if (element instanceof Product product) {
			return new NodeContent("product", title, null, wrap(measurer, product.getValueStatement(), textWidth, 3), gameOf(product),
					List.of(), "#14213d", "#14213d", "#fca311", Palette.PAPER);
		}
		String description = element instanceof NamedElement named ? named.getDescription() : null;
		List<String> lines = wrap(measurer, description, textWidth, 2);
		if (element instanceof NorthStar metric) {
			return new NodeContent("North Star", title, figures, lines, detailOf(metric, null), List.of(), "#fca311", "#c77d0a",
					"#c77d0a", Palette.INK);
		}
		if (element instanceof Input input) {
			String dimension = input.isSetDimension() ? input.getDimension().getLiteral() : null;
			return new NodeContent("input", title, figures, lines, detailOf(input, dimension), teamNames(input.getOwners()),
					Palette.PAPER, "#2b4c7e", Palette.of(input.isSetDimension() ? input.getDimension() : null), Palette.INK);
		}
		if (element instanceof Guardrail guardrail) {
			return new NodeContent("guardrail", title, figures, lines, detailOf(guardrail, "guardrail"), List.of(), "#fdecea", "#c0392b",
					"#c0392b", Palette.INK);
		}
		if (element instanceof Kpi kpi) {
			return new NodeContent("KPI", title, figures, lines, detailOf(kpi, "business KPI"), List.of(), "#eaf4ea", "#2e7d32", "#2e7d32",
					Palette.INK);
		}
		WorkStream workStream = (WorkStream) element;
		return new NodeContent("work stream", title, null, lines, "work stream", teamNames(workStream.getTeam() == null ? List.of()
				: List.of(workStream.getTeam())), "#f1f3f5", "#868e96", "#868e96", Palette.INK);
	}

	double height(TextMeasurer measurer) {
		double height = PADDING + measurer.lineHeight(TITLE_SIZE) + description.size() * measurer.lineHeight(TEXT_SIZE)
				+ measurer.lineHeight(DETAIL_SIZE) + PADDING + (figures == null ? 0 : FigureRow.height(measurer));
		return teams.isEmpty() ? height : height + BADGE_HEIGHT + 4;
	}

	private static String detailOf(Metric metric, String extra) {
		List<String> parts = new ArrayList<>();
		if (metric.getUnit() != null) {
			parts.add(metric.getUnit());
		}
		if (metric.isSetWindow()) {
			parts.add(metric.getWindow().getLiteral());
		}
		if (extra != null) {
			parts.add(extra);
		}
		return String.join(" · ", parts);
	}

	private static String gameOf(Product product) {
		return product.isSetGame() ? product.getGame().getLiteral() + " game" : "product";
	}

	private static List<String> teamNames(List<Team> teams) {
		return teams.stream().map(team -> team.eIsProxy() || team.getName() == null ? "?" : team.getName()).toList();
	}

	private static List<String> wrap(TextMeasurer measurer, String text, double width, int maxLines) {
		return text == null || text.isBlank() ? List.of() : measurer.wrap(text, width, TEXT_SIZE, maxLines);
	}
}
