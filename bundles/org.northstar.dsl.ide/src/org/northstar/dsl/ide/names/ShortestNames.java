package org.northstar.dsl.ide.names;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IEObjectDescription;

/**
 * Each element of a scope once, under its shortest name: the scope knows a metric as
 * {@code Senders} and as {@code acme.invoicely.Invoicely.Senders}, and an analyst writes the first.
 */
public final class ShortestNames {

	private ShortestNames() {
	}

	public static Collection<IEObjectDescription> of(Iterable<IEObjectDescription> scope) {
		Map<URI, IEObjectDescription> shortest = new LinkedHashMap<>();
		for (IEObjectDescription description : scope) {
			shortest.merge(description.getEObjectURI(), description,
					(kept, other) -> other.getName().getSegmentCount() < kept.getName().getSegmentCount() ? other : kept);
		}
		return shortest.values();
	}
}
