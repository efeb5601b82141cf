package org.northstar.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.northstar.model.Guardrail;
import org.northstar.model.Input;
import org.northstar.model.Kpi;
import org.northstar.model.Metric;
import org.northstar.model.NamedElement;
import org.northstar.model.NorthStar;
import org.northstar.model.Team;

import com.google.inject.Inject;

/** Markdown that tells what a metric or a team is, for hovers on its name or on a reference to it. */
public class ElementDescriptions {

	@Inject
	private TeamWork teamWork;

	/** The description of the element, or null when it has none worth showing. */
	public String describe(EObject element) {
		if (element instanceof Metric metric) {
			return metric(metric);
		}
		if (element instanceof Team team) {
			return team(team);
		}
		return null;
	}

	private static String metric(Metric metric) {
		List<String> facts = new ArrayList<>();
		fact(facts, "unit", metric.getUnit());
		fact(facts, "window", metric.isSetWindow() ? metric.getWindow().getLiteral() : null);
		if (metric instanceof Input input) {
			fact(facts, "dimension", input.isSetDimension() ? input.getDimension().getLiteral() : null);
			fact(facts, input.getOwners().size() > 1 ? "owners" : "owner", names(input.getOwners()));
			fact(facts, "relation", input.isSetRelation() ? input.getRelation().getLiteral() : null);
		}
		fact(facts, "direction", metric.isSetDirection() ? metric.getDirection().getLiteral() + " is better" : null);
		if (metric instanceof Guardrail guardrail && guardrail.getThreshold() != null) {
			fact(facts, "threshold", guardrail.getThreshold().toPlainString());
		}
		if (metric instanceof Kpi kpi && kpi.getFollows() != null) {
			fact(facts, "follows", kpi.getFollows().getName());
		}
		return heading(kindOf(metric), metric) + String.join("\n", facts);
	}

	private String team(Team team) {
		List<String> facts = new ArrayList<>();
		fact(facts, "lead", team.getLead());
		fact(facts, "members", team.getMembers().isEmpty() ? null : String.join(", ", team.getMembers()));
		TeamWork.Work work = teamWork.of(team);
		fact(facts, "owns", work.inputs().isEmpty() ? "no input" : String.join(", ", work.inputs()));
		fact(facts, "work streams", work.workStreams().isEmpty() ? null : String.join(", ", work.workStreams()));
		return heading("Team", team) + String.join("\n", facts);
	}

	private static String kindOf(Metric metric) {
		if (metric instanceof NorthStar) {
			return "North Star";
		}
		if (metric instanceof Input input) {
			return input.eContainer() instanceof Input ? "Sub-input" : "Input";
		}
		if (metric instanceof Guardrail) {
			return "Guardrail";
		}
		return metric instanceof Kpi ? "Business KPI" : "Metric";
	}

	private static String heading(String kind, NamedElement element) {
		String description = element.getDescription() == null ? "" : element.getDescription() + "\n\n";
		return "**" + kind + "** `" + element.getName() + "`\n\n" + description;
	}

	private static void fact(List<String> facts, String label, String value) {
		if (value != null && !value.isBlank()) {
			facts.add("- " + label + ": " + value);
		}
	}

	private static String names(List<? extends NamedElement> elements) {
		return elements.isEmpty() ? "none" : elements.stream().map(NamedElement::getName).collect(Collectors.joining(", "));
	}
}
