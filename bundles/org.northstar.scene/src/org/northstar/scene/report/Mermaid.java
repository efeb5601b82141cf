package org.northstar.scene.report;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.northstar.scene.layout.MetricTreeGraph;
import org.northstar.scene.Palette;
import org.northstar.model.Guardrail;
import org.northstar.model.Input;
import org.northstar.model.Kpi;
import org.northstar.model.NamedElement;
import org.northstar.model.NorthStar;
import org.northstar.model.Product;
import org.northstar.model.WorkStream;

/**
 * A product's tree as a Mermaid flowchart, with the same nodes and edges as the drawn tree
 * ({@link MetricTreeGraph#childrenOf}). Node ids are generated ({@code n0, n1...}), so no name
 * reaches Mermaid's syntax; labels are quoted and every character outside a small safe set is
 * written as Mermaid's entity code {@code #NNN;}, so a quote, bracket, pipe or tag in a description
 * stays text.
 */
public final class Mermaid {

	private Mermaid() {
	}

	public static String flowchart(Product product) {
		Map<EObject, List<EObject>> children = MetricTreeGraph.childrenOf(product);
		Map<EObject, String> ids = new IdentityHashMap<>();
		StringBuilder chart = new StringBuilder("flowchart TD\n");
		node(product, ids, chart);
		edges(product, children, ids, chart);
		chart.append("  classDef northstar fill:#1b263b,color:#ffffff,stroke:#1b263b\n")
				.append("  classDef guardrail fill:#fff4e6,stroke:#e76f51\n")
				.append("  classDef kpi fill:#eef6ee,stroke:#2a9d8f\n")
				.append("  classDef workstream fill:#f1f3f5,stroke:#8d99ae,stroke-dasharray:4 3\n");
		return chart.toString();
	}

	private static void edges(EObject parent, Map<EObject, List<EObject>> children, Map<EObject, String> ids, StringBuilder chart) {
		for (EObject child : children.getOrDefault(parent, List.of())) {
			node(child, ids, chart);
			String sign = child instanceof Input input ? Palette.sign(input.isSetRelation() ? input.getRelation() : null) : null;
			chart.append("  ").append(ids.get(parent)).append(sign == null ? " --> " : " -->|\"" + label(sign) + "\"| ")
					.append(ids.get(child)).append('\n');
			edges(child, children, ids, chart);
		}
	}

	private static void node(EObject element, Map<EObject, String> ids, StringBuilder chart) {
		String id = "n" + ids.size();
		ids.put(element, id);
		NamedElement named = (NamedElement) element;
		String title = kind(element) + ": " + (named.getName() == null ? "?" : named.getName());
		String description = named.getDescription() == null ? "" : "<br/>" + label(named.getDescription());
		String shape = element instanceof NorthStar ? "([\"%s\"])" : element instanceof Product ? "[[\"%s\"]]" : "[\"%s\"]";
		chart.append("  ").append(id).append(shape.formatted(label(title) + description)).append('\n');
		String style = element instanceof NorthStar ? "northstar" : element instanceof Guardrail ? "guardrail"
				: element instanceof Kpi ? "kpi" : element instanceof WorkStream ? "workstream" : null;
		if (style != null) {
			chart.append("  class ").append(id).append(' ').append(style).append('\n');
		}
	}

	private static String kind(EObject element) {
		return switch (element) {
			case Product p -> "Product";
			case NorthStar n -> "North Star";
			case Input i -> "Input";
			case Guardrail g -> "Guardrail";
			case Kpi k -> "KPI";
			case WorkStream w -> "Work stream";
			default -> element.eClass().getName();
		};
	}

	/** Text inside a quoted Mermaid label: letters, digits, space and harmless punctuation as they are, the rest as #NNN;. */
	static String label(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (Character.isLetterOrDigit(c) && c < 0x2000 || c == ' ' || ".,:-/()%+".indexOf(c) >= 0) {
				out.appendCodePoint(c);
			} else if (Character.isISOControl(c)) {
				out.append(' ');
			} else {
				out.append('#').append(c).append(';');
			}
		});
		return out.toString();
	}
}
