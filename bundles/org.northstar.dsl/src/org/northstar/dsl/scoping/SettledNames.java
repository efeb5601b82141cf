package org.northstar.dsl.scoping;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.scoping.IScope;

/**
 * A time in which no name of a resource set changes: a loader linking every file it has just parsed,
 * against an index it does not change. Meanwhile, the scope of an element is made once and serves
 * every reference of the same type beneath it; Xtext otherwise makes the whole chain of scopes, up
 * to the index, for each reference (half of linking 100k metrics). Outside such a time (an editor,
 * the language server) scopes are made afresh, since names may change between two lookups.
 */
public final class SettledNames extends AdapterImpl {

	private record Key(EObject element, EClass type) {
	}

	private final Map<Key, IScope> scopes = new ConcurrentHashMap<>();

	private SettledNames() {
	}

	/** Runs {@code linking} with the names of {@code resourceSet} settled; nothing else may change them meanwhile. */
	public static void during(ResourceSet resourceSet, Runnable linking) {
		SettledNames settled = new SettledNames();
		resourceSet.eAdapters().add(settled);
		try {
			linking.run();
		} finally {
			resourceSet.eAdapters().remove(settled);
		}
	}

	/** The scope kept for the element and type, made by {@code scope} the first time (in the resource set's settled time only). */
	static IScope scope(EObject element, EClass type, Supplier<IScope> scope) {
		ResourceSet resourceSet = element.eResource() == null ? null : element.eResource().getResourceSet();
		SettledNames settled = resourceSet == null ? null : (SettledNames) EcoreUtil.getExistingAdapter(resourceSet, SettledNames.class);
		if (settled == null) {
			return scope.get();
		}
		Key key = new Key(element, type);
		IScope kept = settled.scopes.get(key);
		if (kept == null) {
			// not computeIfAbsent: making a scope asks for the scope of the element's container first
			kept = scope.get();
			IScope raced = settled.scopes.putIfAbsent(key, kept);
			kept = raced != null ? raced : kept;
		}
		return kept;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == SettledNames.class;
	}
}
