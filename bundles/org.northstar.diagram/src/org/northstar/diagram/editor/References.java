package org.northstar.diagram.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.model.NamedElement;

/** Who refers to an element or anything inside it from outside of it: what a deletion would leave dangling. */
final class References {

	private References() {
	}

	/** Descriptions like {@code PaidOnTime (formula)}, sorted, one per referring element and feature. */
	static List<String> outside(EObject element, ModelSnapshot snapshot) {
		List<EObject> subtree = new ArrayList<>();
		subtree.add(element);
		element.eAllContents().forEachRemaining(subtree::add);
		Map<EObject, Collection<Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(subtree,
				element.eResource().getResourceSet());
		TreeSet<String> users = new TreeSet<>();
		usages.values().forEach(settings -> settings.forEach(setting -> {
			EObject user = setting.getEObject();
			if (!EcoreUtil.isAncestor(element, user)) {
				users.add(nameOf(user, snapshot) + " (" + setting.getEStructuralFeature().getName() + ")");
			}
		}));
		return List.copyOf(users);
	}

	private static String nameOf(EObject user, ModelSnapshot snapshot) {
		for (EObject e = user; e != null; e = e.eContainer()) {
			if (e instanceof NamedElement named && named.getName() != null) {
				String key = snapshot.key(e);
				return key != null ? key : named.getName();
			}
		}
		return String.valueOf(user.eResource().getURI().lastSegment());
	}
}
