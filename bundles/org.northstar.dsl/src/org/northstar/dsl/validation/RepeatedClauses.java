package org.northstar.dsl.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * The single-valued clauses an element's body gives more than once, found in one walk over the
 * element's own nodes. Nearly every element repeats none, so the walk only remembers the features
 * it has seen and builds a list when one comes back: a map of node lists per element (the first
 * way) was a fifth of a large workspace's validation, most of it allocation.
 */
final class RepeatedClauses {

	/** A clause after the first of its feature. */
	record Repeat(EStructuralFeature feature, INode node) {
	}

	private RepeatedClauses() {
	}

	static List<Repeat> of(EObject element, INode elementNode) {
		EClass type = element.eClass();
		String[] seen = new String[8];
		int seenCount = 0;
		List<Repeat> repeats = List.of();
		// an element an action made (a formula's operation) starts with the node of the action's feature,
		// which still carries the assignment it was parsed by ('right' of the operation before)
		String actionFeature = elementNode.getGrammarElement() instanceof Action made ? made.getFeature() : null;
		BidiTreeIterator<INode> nodes = elementNode.getAsTreeIterable().iterator();
		while (nodes.hasNext()) {
			INode node = nodes.next();
			EObject grammarElement = node.getGrammarElement();
			if (node == elementNode || grammarElement == null || node instanceof ILeafNode leaf && leaf.isHidden()) {
				continue;
			}
			String feature = null;
			INode clause = node;
			if (actionFeature != null) {
				feature = actionFeature;
				actionFeature = null;
				nodes.prune();
			} else if (grammarElement instanceof Action action) {
				// an action's node stands for the element the action made; its feature holds the node before
				if (node.getSemanticElement() != element) {
					nodes.prune();
				} else if (action.getFeature() != null && nodes.hasNext()) {
					feature = action.getFeature();
					clause = nodes.next();
					nodes.prune();
				}
			} else {
				Assignment assignment = GrammarUtil.containingAssignment(grammarElement);
				if (assignment != null) {
					feature = assignment.getFeature();
					nodes.prune(); // what is inside belongs to the value, or to another element
				} else if (node instanceof ICompositeNode composite && composite.hasDirectSemanticElement()
						&& composite.getSemanticElement() != element) {
					nodes.prune();
				}
			}
			if (feature == null) {
				continue;
			}
			if (!contains(seen, seenCount, feature)) {
				if (seenCount == seen.length) {
					seen = Arrays.copyOf(seen, seenCount * 2);
				}
				seen[seenCount++] = feature;
			} else {
				EStructuralFeature structural = type.getEStructuralFeature(feature);
				if (structural != null && !structural.isMany()) {
					if (repeats.isEmpty()) {
						repeats = new ArrayList<>(2);
					}
					repeats.add(new Repeat(structural, clause));
				}
			}
		}
		return repeats;
	}

	private static boolean contains(String[] names, int count, String name) {
		for (int i = 0; i < count; i++) {
			if (names[i].equals(name)) {
				return true;
			}
		}
		return false;
	}
}
