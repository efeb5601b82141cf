package org.northstar.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.EcoreUtil.Copier;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelSource;

/** The same models as EMF XMI, as Sirius-based tools persist them: written once, then loaded and resolved. */
final class XmiBaseline {

	private XmiBaseline() {
	}

	static List<Path> write(LoadedModels<ModelSource> loaded, Path folder) throws IOException {
		ResourceSet target = resourceSet();
		// one copier for all files: a reference into another file (a team imported from a teams file)
		// then points at that file's copy, and is saved as a link to its XMI file
		Copier copier = new Copier();
		List<Path> files = new ArrayList<>();
		for (Resource source : loaded.resources().values()) {
			String name = source.getURI().trimFileExtension().lastSegment() + ".xmi";
			Path file = folder.resolve(name);
			Resource xmi = target.createResource(URI.createFileURI(file.toString()));
			xmi.getContents().addAll(copier.copyAll(source.getContents()));
			files.add(file);
		}
		copier.copyReferences();
		for (Resource xmi : target.getResources()) {
			xmi.save(Collections.emptyMap());
		}
		return files;
	}

	static ResourceSet load(List<Path> files) throws IOException {
		ResourceSet resourceSet = resourceSet();
		for (Path file : files) {
			resourceSet.getResource(URI.createFileURI(file.toString()), true);
		}
		EcoreUtil.resolveAll(resourceSet);
		return resourceSet;
	}

	private static ResourceSet resourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		return resourceSet;
	}
}
