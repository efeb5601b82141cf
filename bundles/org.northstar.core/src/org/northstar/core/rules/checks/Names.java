package org.northstar.core.rules.checks;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.northstar.model.NamedElement;
import org.northstar.model.Product;

/** Small helpers the rules share to name elements in messages and find their product. */
final class Names {

	private Names() {
	}

	/** The element's name in quotes, as messages show it. */
	static String quoted(NamedElement element) {
		return "'" + element.getName() + "'";
	}

	static Product productOf(EObject element) {
		return EcoreUtil2.getContainerOfType(element, Product.class);
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
