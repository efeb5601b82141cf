package org.northstar.model;

import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

/**
 * Typed views of the mixed containment lists. Files keep teams and products,
 * and a product's North Star, inputs, guardrails and so on, in the order the
 * analyst wrote them; one mixed list is what preserves that order, these views
 * are what the rules and editors want to read.
 */
public final class Members {

	private Members() {
	}

	/** An unmodifiable snapshot of the elements of {@code type}, in list order. */
	public static <T> EList<T> ofType(List<?> elements, Class<T> type) {
		EList<T> result = ECollections.newBasicEList();
		for (Object element : elements) {
			if (type.isInstance(element)) {
				result.add(type.cast(element));
			}
		}
		return ECollections.unmodifiableEList(result);
	}
}
