package org.northstar.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.northstar.cli.Finding.Severity;
import org.northstar.cli.ModelFiles.ModelFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads all given files into one resource set, so that names resolve across
 * everything given, and keeps files that are not text out of the parser.
 */
final class ModelLoader {

	/** Larger files are refused: a model is text written by people, not megabytes of data. */
	static final long MAX_BYTES = 8L * 1024 * 1024;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** The loaded workspace: resources by file, and findings for files that could not be read as models. */
	record Loaded(XtextResourceSet resourceSet, Map<ModelFile, XtextResource> resources, List<Finding> unreadable) {
	}

	Loaded load(List<ModelFile> files) throws UsageException {
		XtextResourceSet resourceSet = resourceSets.get();
		Map<ModelFile, XtextResource> resources = new LinkedHashMap<>();
		List<Finding> unreadable = new ArrayList<>();
		for (ModelFile file : files) {
			byte[] bytes = read(file);
			String problem = whyNotText(bytes);
			if (problem != null) {
				unreadable.add(new Finding(file.displayPath(), 1, 1, Severity.ERROR, "syntax", problem, null));
				continue;
			}
			URI uri = URI.createFileURI(file.path().toAbsolutePath().normalize().toString());
			XtextResource resource = (XtextResource) resourceSet.createResource(uri);
			try {
				resource.load(new ByteArrayInputStream(bytes), resourceSet.getLoadOptions());
			} catch (IOException e) {
				throw new UsageException(file.displayPath() + ": cannot be read (" + e.getMessage() + ").");
			}
			resources.put(file, resource);
		}
		EcoreUtil.resolveAll(resourceSet);
		return new Loaded(resourceSet, resources, unreadable);
	}

	private static byte[] read(ModelFile file) throws UsageException {
		try {
			if (Files.size(file.path()) > MAX_BYTES) {
				return null;
			}
			return Files.readAllBytes(file.path());
		} catch (IOException e) {
			throw new UsageException(file.displayPath() + ": cannot be read (" + e.getMessage() + ").");
		}
	}

	private static String whyNotText(byte[] bytes) {
		if (bytes == null) {
			return "The file is larger than " + MAX_BYTES / (1024 * 1024)
					+ " MB; a .northstar model is text. Split it into several files.";
		}
		for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
			if (bytes[i] == 0) {
				return "This is a binary file, not a .northstar text file. Remove it or rename it.";
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
			return null;
		} catch (CharacterCodingException e) {
			return "The file is not UTF-8 text. Save it as UTF-8.";
		}
	}
}
