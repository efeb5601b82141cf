package org.northstar.dsl.parser;

import java.util.Iterator;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;

/**
 * Makes the parser's elements without notifications, which {@link GuardedNorthStarParser} turns on
 * once the text is parsed. Every element gets the node model's adapter as soon as it is made, so
 * each value the parser sets afterwards was announced to that adapter, which ignores it: a tenth
 * of parsing and about a hundred megabytes of garbage for a large workspace. Only the parser makes
 * elements through this factory (Xtext's {@code IAstFactory}).
 */
public class QuietElementFactory extends DefaultEcoreElementFactory {

	@Override
	public EObject create(EClassifier classifier) {
		EObject element = super.create(classifier);
		element.eSetDeliver(false);
		return element;
	}

	/** Turns notifications on again for the element and everything it contains. */
	static void announceFromNowOn(EObject root) {
		if (root == null) {
			return;
		}
		root.eSetDeliver(true);
		for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			contents.next().eSetDeliver(true);
		}
	}
}
