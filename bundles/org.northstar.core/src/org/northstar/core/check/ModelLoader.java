package org.northstar.core.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Constants;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.dsl.scoping.SettledNames;

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

	private int threads = SideBySide.threads();

	/**
	 * How many files this loader parses at once: the machine's cores unless set; 1 parses them one
	 * after the other. What a load finds is the same either way.
	 */
	public ModelLoader threads(int count) {
		this.threads = SideBySide.threads(count);
		return this;
	}

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
		List<SourceLoad<S>> loads = new ArrayList<>();
		for (S source : sources) {
			Cancellation.check(cancel);
			loads.add(SourceLoad.read(source));
		}
		// Parsing is most of a load, and each file parses on its own: they are parsed side by side, but
		// join the set one by one in the order given, as a loop would have added them.
		List<SourceLoad<S>> texts = loads.stream().filter(SourceLoad::isText).toList();
		Resource.Factory.Registry factories = resourceSet.getResourceFactoryRegistry();
		SideBySide.forEach(texts, load -> load.create(factories), threads, cancel);
		texts.stream().map(SourceLoad::anyResource).filter(Objects::nonNull).forEach(resourceSet.getResources()::add);
		Map<?, ?> options = resourceSet.getLoadOptions();
		SideBySide.forEach(texts, load -> load.parse(options), threads, cancel);
		Map<S, XtextResource> resources = new LinkedHashMap<>();
		Map<S, Problem> notText = new LinkedHashMap<>();
		List<ReadFailure<S>> failures = new ArrayList<>();
		for (SourceLoad<S> load : loads) {
			if (load.resource() != null) {
				resources.put(load.source(), load.resource());
				continue;
			}
			// nothing half-loaded stays in the set
			resourceSet.getResources().remove(load.anyResource());
			if (load.readFailure() != null) {
				failures.add(load.readFailure());
			} else {
				notText.put(load.source(), load.problem());
			}
		}
		Cancellation.check(cancel);
		// Names resolve through an index of every file's exported names. Without one, Xtext's flat
		// container copies the set's whole list of files for each name looked up: linking grows with
		// the square of the files (100k metrics in 2,273 files spent most of their 16 s there).
		ResourceDescriptionsData index = others != null ? others : new ResourceDescriptionsData(List.of());
		List<IResourceDescription> descriptions = SideBySide.map(List.copyOf(resources.values()), ModelLoader::describe, threads,
				cancel);
		descriptions.forEach(description -> index.addDescription(description.getURI(), description));
		if (others == null) {
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
		}
		// the index is complete, and nothing renames anything while the files link
		SettledNames.during(resourceSet, () -> resolveAll(resources, notText, others == null, cancel));
		return new LoadedModels<>(resourceSet, resources, notText, failures);
	}

	/** The file's description with its exported names computed, so that adding it to the index is cheap. */
	private static IResourceDescription describe(XtextResource resource) {
		IResourceDescription description = resource.getResourceServiceProvider().getResourceDescriptionManager()
				.getResourceDescription(resource);
		description.getExportedObjects().forEach(exported -> exported.getName());
		return description;
	}

	/**
	 * Links every file; one whose linking fails is reported as failed and leaves the set, the others stay.
	 * Files link side by side when all names resolve within the set and its index: each file then only
	 * reads the others. Names that resolve to files described in {@code others} load those files into
	 * the set as they are met, so then the files link one after the other.
	 */
	private <S extends ModelSource> void resolveAll(Map<S, XtextResource> resources, Map<S, Problem> failed, boolean onlyTheSet,
			CancelIndicator cancel) {
		List<Map.Entry<S, XtextResource>> linked = List.copyOf(resources.entrySet());
		List<Throwable> failures = SideBySide.map(linked, entry -> resolve(entry.getValue()), onlyTheSet ? threads : 1, cancel);
		for (int i = 0; i < linked.size(); i++) {
			if (failures.get(i) != null) {
				S source = linked.get(i).getKey();
				failed.put(source, Problem.ofFailure(source.uri(), failures.get(i)));
				linked.get(i).getValue().getResourceSet().getResources().remove(linked.get(i).getValue());
				resources.remove(source);
			}
		}
	}

	private static Throwable resolve(XtextResource resource) {
		try {
			EcoreUtil.resolveAll(resource);
			return null;
		} catch (RuntimeException | StackOverflowError e) {
			return e;
		}
	}
}
