package org.northstar.dsl.ide.edit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.northstar.model.Guardrail;
import org.northstar.model.Input;
import org.northstar.model.Kpi;
import org.northstar.model.NorthStar;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;
import org.northstar.model.Team;
import org.northstar.model.WorkStream;

/** The elements a tree editor creates, with the label and the name prefix a new one gets. */
public enum ElementKind {
	PRODUCT("Product", "Product"),
	NORTH_STAR("North Star", "NorthStar"),
	INPUT("Input", "Input"),
	SUB_INPUT("Sub-input", "SubInput"),
	GUARDRAIL("Guardrail", "Guardrail"),
	KPI("Business KPI", "Kpi"),
	WORK_STREAM("Work stream", "WorkStream"),
	TEAM("Team", "Team");

	private final String label;
	private final String namePrefix;

	ElementKind(String label, String namePrefix) {
		this.label = label;
		this.namePrefix = namePrefix;
	}

	public String label() {
		return label;
	}

	/** The kind as a noun with its article, as in a sentence: "an input", "a North Star", "a business KPI". */
	public String withArticle() {
		return switch (this) {
			case NORTH_STAR -> "a North Star";
			case KPI -> "a business KPI";
			case INPUT -> "an input";
			default -> "a " + label.toLowerCase();
		};
	}

	String namePrefix() {
		return namePrefix;
	}

	/**
	 * What can be added when {@code selected} is selected (null: nothing is): a sub-input only under an
	 * input, everything of a product under the product or any of its elements, products and teams always.
	 */
	public static List<ElementKind> addableAt(EObject selected) {
		if (selected == null || selected instanceof NorthStarModel || selected instanceof Team) {
			return List.of(PRODUCT, TEAM);
		}
		if (selected instanceof Input) {
			return List.of(SUB_INPUT, INPUT, WORK_STREAM, GUARDRAIL, KPI, NORTH_STAR, TEAM);
		}
		return List.of(INPUT, GUARDRAIL, KPI, WORK_STREAM, NORTH_STAR, PRODUCT, TEAM);
	}

	/** The kind of an existing element, or null for what a tree editor does not show. */
	public static ElementKind of(EObject element) {
		if (element instanceof Product) {
			return PRODUCT;
		}
		if (element instanceof NorthStar) {
			return NORTH_STAR;
		}
		if (element instanceof Input input) {
			return input.eContainer() instanceof Input ? SUB_INPUT : INPUT;
		}
		if (element instanceof Guardrail) {
			return GUARDRAIL;
		}
		if (element instanceof Kpi) {
			return KPI;
		}
		if (element instanceof WorkStream) {
			return WORK_STREAM;
		}
		return element instanceof Team ? TEAM : null;
	}
}
