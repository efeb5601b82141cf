package org.northstar.core.rules;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * A rule that judges one kind of model element. Subclasses name the kind and
 * judge one element at a time; EMF's validation walks the tree for them.
 */
public abstract class ModelRule<T extends EObject> implements Rule {

	private final String id;
	private final Severity defaultSeverity;
	private final Class<T> judged;

	protected ModelRule(String id, Severity defaultSeverity, Class<T> judged) {
		this.id = id;
		this.defaultSeverity = defaultSeverity;
		this.judged = judged;
	}

	@Override
	public final String id() {
		return id;
	}

	@Override
	public final Severity defaultSeverity() {
		return defaultSeverity;
	}

	/** Judges the element if it is of this rule's kind; other elements are none of its business. */
	/** Whether the rule judges elements of the class (those of other classes it passes by). */
	public final boolean judges(EClass eClass) {
		return eClass.getInstanceClass() != null && judged.isAssignableFrom(eClass.getInstanceClass());
	}

	public final void check(EObject element, Findings findings) {
		if (judged.isInstance(element)) {
			judge(judged.cast(element), findings);
		}
	}

	protected abstract void judge(T element, Findings findings);

	@Override
	public String toString() {
		return id;
	}
}
