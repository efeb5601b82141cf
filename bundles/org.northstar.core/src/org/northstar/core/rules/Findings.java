package org.northstar.core.rules;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Where a rule reports what it found; the feature places the message on the right text. */
public interface Findings {

	/** Index of a many-valued feature's value, or -1 for the whole feature. */
	int WHOLE_FEATURE = -1;

	void report(EObject element, EStructuralFeature feature, int index, String message);

	default void report(EObject element, EStructuralFeature feature, String message) {
		report(element, feature, WHOLE_FEATURE, message);
	}
}
