package org.northstar.dsl.ide.quickfix;

import java.util.HashSet;
import java.util.Set;

import org.northstar.model.NamedElement;
import org.northstar.model.Product;

/** Names for new elements that do not clash with the product's own (Guardrail, Guardrail2, ...). */
final class FreeNames {

	private FreeNames() {
	}

	static String in(Product product, String base) {
		Set<String> taken = new HashSet<>();
		product.eAllContents().forEachRemaining(element -> {
			if (element instanceof NamedElement named) {
				taken.add(named.getName());
			}
		});
		String name = base;
		for (int number = 2; taken.contains(name); number++) {
			name = base + number;
		}
		return name;
	}
}
