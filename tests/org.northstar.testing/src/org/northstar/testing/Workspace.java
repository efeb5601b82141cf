package org.northstar.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.northstar.model.NorthStarModel;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A few files in one resource set, as a project folder would hold them:
 * names resolve across all of them. Inject it with the language injector.
 */
public class Workspace {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	private final Map<String, String> files = new LinkedHashMap<>();
	private ResourceSet resourceSet;

	/** Adds a file (relative path) with its text; call before {@link #load()}. */
	public Workspace file(String path, String text) {
		files.put(path, text);
		return this;
	}

	/** Loads every file, then resolves all references across them. */
	public Workspace load() {
		resourceSet = resourceSets.get();
		for (Map.Entry<String, String> file : files.entrySet()) {
			Resource resource = resourceSet.createResource(URI.createURI("test:/project/" + file.getKey()));
			try {
				resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)), null);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		EcoreUtil.resolveAll(resourceSet);
		return this;
	}

	public XtextResource resource(String path) {
		return (XtextResource) resourceSet.getResource(URI.createURI("test:/project/" + path), false);
	}

	public NorthStarModel model(String path) {
		return (NorthStarModel) resource(path).getContents().get(0);
	}

	/** All issues of one file: syntax, linking and validation. */
	public List<Issue> issues(String path) {
		return new ArrayList<>(validator.validate(resource(path), CheckMode.ALL, CancelIndicator.NullImpl));
	}
}
