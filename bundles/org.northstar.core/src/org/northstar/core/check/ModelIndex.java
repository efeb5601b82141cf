package org.northstar.core.check;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;

/**
 * What a session knows of the model files it has read: the names each exports and the references
 * it makes (Xtext's resource descriptions, copied so that no parse is kept alive), each with the
 * version of the text it was made from (a file's modification stamp). An editor parses only its
 * own buffer and links it against the descriptions of the other files (see
 * {@link ModelLoader#load(Collection, ResourceDescriptionsData, org.eclipse.xtext.util.CancelIndicator)});
 * whoever reads a whole project (the builder) brings the index up to date. Safe to use from any thread.
 */
public final class ModelIndex {

	private record Entry(IResourceDescription description, long version) {
	}

	private final Map<URI, Entry> entries = new ConcurrentHashMap<>();

	/** Records what {@code resource} (parsed and linked) exports and refers to, made from the text of {@code version}. */
	public void put(XtextResource resource, long version) {
		IResourceDescription live = resource.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource);
		entries.put(resource.getURI(), new Entry(SerializableResourceDescription.createCopy(live), version));
	}

	/** Whether the index holds the file {@code uri} as of {@code version} (a negative version is never current). */
	public boolean isCurrent(URI uri, long version) {
		Entry entry = entries.get(uri);
		return version >= 0 && entry != null && entry.version() == version;
	}

	public void remove(URI uri) {
		entries.remove(uri);
	}

	/** A new, mutable set of the descriptions of those {@code files} the index holds, for one load to link against. */
	public ResourceDescriptionsData descriptionsOf(Collection<URI> files) {
		return new ResourceDescriptionsData(files.stream().map(entries::get).filter(java.util.Objects::nonNull)
				.map(Entry::description).toList());
	}
}
