package org.northstar.core.rules.checks;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Facts that many elements of a file ask for (which teams it gives work, which inputs share a
 * description), computed once per file and kept until the file changes, through Xtext's
 * resource-scoped cache. Elements outside an Xtext resource compute them each time.
 */
final class ResourceCaches {

	private ResourceCaches() {
	}

	static <T> T get(EObject context, Object key, Supplier<T> compute) {
		// the resource's own cache: asking its service provider for one made Guice look it up at every call
		if (context.eResource() instanceof XtextResource resource && resource.getCache() != null) {
			return resource.getCache().get(key, resource, compute::get);
		}
		return compute.get();
	}
}
