package org.northstar.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.northstar.model.NorthStar;
import org.northstar.model.Product;

/**
 * Fixes that add what a product or its North Star lacks: a guardrail, a KPI, an input, a unit or
 * a window. Each adds a skeleton that passes the rule at once and says in its text what to fill in.
 */
final class SkeletonFixes {

	private SkeletonFixes() {
	}

	static void missingGuardrail(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add a guardrail", (diagnostic, element, document) -> {
			Product product = EcoreUtil2.getContainerOfType(element, Product.class);
			return List.of(TextInsertions.intoBody(product, document, List.of(
					"guardrail " + FreeNames.in(product, "Guardrail") + " \"What must not get worse while the North Star climbs\" {",
					TextInsertions.INDENT + "direction lower  threshold 0",
					"}")));
		});
	}

	static void missingKpi(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add a business KPI that follows the North Star", (diagnostic, element, document) -> {
			Product product = EcoreUtil2.getContainerOfType(element, Product.class);
			String follows = product.getNorthStars().isEmpty() ? "" : " { follows " + product.getNorthStars().get(0).getName() + " }";
			return List.of(TextInsertions.intoBody(product, document, List.of(
					"kpi " + FreeNames.in(product, "Revenue") + " \"The business result the North Star should drive\"" + follows)));
		});
	}

	static void tooFewInputs(DiagnosticResolutionAcceptor acceptor, EObject element) {
		Product product = EcoreUtil2.getContainerOfType(element, Product.class);
		if (product == null || product.getInputs().size() >= 3) {
			return; // too many inputs: which to merge is the analyst's call
		}
		acceptor.accept("Add an input", (diagnostic, context, document) -> List.of(TextInsertions.intoBody(product, document, List.of(
				"input " + FreeNames.in(product, "NewInput") + " \"What customers do that moves the North Star\" {",
				TextInsertions.INDENT + "dimension breadth  unit customers  window weekly",
				TextInsertions.INDENT + "relation multiplicative",
				"}"))));
	}

	static void incompleteNorthStar(DiagnosticResolutionAcceptor acceptor, EObject element) {
		NorthStar northStar = EcoreUtil2.getContainerOfType(element, NorthStar.class);
		if (northStar == null) {
			return;
		}
		List<String> clauses = new ArrayList<>();
		if (northStar.getUnit() == null || northStar.getUnit().isBlank()) {
			clauses.add("unit units");
		}
		if (!northStar.isSetWindow()) {
			clauses.add("window weekly");
		}
		if (clauses.isEmpty()) {
			return;
		}
		String label = "Add " + String.join(" and ", clauses.stream().map(clause -> "'" + clause + "'").toList());
		acceptor.accept(label, (diagnostic, context, document) -> List.of(
				TextInsertions.intoBody(northStar, document, List.of(String.join("  ", clauses)))));
	}
}
