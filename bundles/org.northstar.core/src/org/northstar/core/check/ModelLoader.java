package org.northstar.core.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Constants;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * Loads all given sources into one resource set, so that names resolve across
 * everything given, and keeps sources that are not text out of the parser.
 * Get it from the session ({@link LanguageSession#get(Class)}).
 */
public final class ModelLoader {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	@Named(Constants.FILE_EXTENSIONS)
	private String fileExtensions;

	/**
	 * Reads, parses and links the sources; a source that cannot be read, is
	 * not text or that the parser or linker fails on is reported in the result,
	 * and the others are still loaded.
	 *
	 * @throws java.util.concurrent.CancellationException when {@code cancel} says so between two sources
	 */
	public <S extends ModelSource> LoadedModels<S> load(Collection<S> sources, CancelIndicator cancel) {
		return load(sources, null, cancel);
	}

	/**
	 * Like {@link #load(Collection, CancelIndicator)}, but names also resolve to the files described
	 * in {@code others} (from a {@link ModelIndex}) without parsing them: only what the sources refer
	 * to is read, when it is needed. The sources' own descriptions replace theirs in {@code others}.
	 */
	public <S extends ModelSource> LoadedModels<S> load(Collection<S> sources, ResourceDescriptionsData others,
			CancelIndicator cancel) {
		XtextResourceSet resourceSet = resourceSets.get();
		// A .northstar file is UTF-8 by definition, whatever the JVM's or the editor's default.
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		// this session's language, whichever session registered itself with EMF last
		for (String extension : fileExtensions.split(",")) {
			resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(extension, resourceFactory);
		}
		if (others != null) {
			sources.forEach(source -> others.removeDescription(source.uri()));
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, others);
		}
		Map<S, XtextResource> resources = new LinkedHashMap<>();
		Map<S, Problem> notText = new LinkedHashMap<>();
		List<ReadFailure<S>> failures = new ArrayList<>();
		for (S source : sources) {
			Cancellation.check(cancel);
			try {
				byte[] bytes = ModelText.read(source);
				String problem = ModelText.whyNotText(bytes);
				if (problem != null) {
					notText.put(source, Problem.ofWholeFile(source.uri(), problem));
					continue;
				}
				XtextResource resource = (XtextResource) resourceSet.createResource(source.uri());
				try {
					resource.load(new ByteArrayInputStream(bytes), resourceSet.getLoadOptions());
					resources.put(source, resource);
				} catch (RuntimeException | StackOverflowError e) {
					resourceSet.getResources().remove(resource);
					notText.put(source, Problem.ofFailure(source.uri(), e));
				}
			} catch (IOException e) {
				failures.add(new ReadFailure<>(source, e));
			}
		}
		Cancellation.check(cancel);
		// Names resolve through an index of every file's exported names. Without one, Xtext's flat
		// container copies the set's whole list of files for each name looked up: linking grows with
		// the square of the files (100k metrics in 2,273 files spent most of their 16 s there).
		ResourceDescriptionsData index = others != null ? others : new ResourceDescriptionsData(List.of());
		for (XtextResource resource : resources.values()) {
			index.addDescription(resource.getURI(),
					resource.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource));
		}
		if (others == null) {
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
		}
		resolveAll(resources, notText);
		return new LoadedModels<>(resourceSet, resources, notText, failures);
	}

	/** Links every file; one whose linking fails is reported as failed and leaves the set, the others stay. */
	private static <S extends ModelSource> void resolveAll(Map<S, XtextResource> resources, Map<S, Problem> failed) {
		for (var it = resources.entrySet().iterator(); it.hasNext();) {
			Map.Entry<S, XtextResource> entry = it.next();
			try {
				EcoreUtil.resolveAll(entry.getValue());
			} catch (RuntimeException | StackOverflowError e) {
				failed.put(entry.getKey(), Problem.ofFailure(entry.getKey().uri(), e));
				entry.getValue().getResourceSet().getResources().remove(entry.getValue());
				it.remove();
			}
		}
	}
}
