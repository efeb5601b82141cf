package org.northstar.core.check;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * The sources of one check in one resource set, references resolved across
 * all of them. {@code resources} holds the sources that were parsed, in the
 * order given; {@code notText} the problem of each source that was read but
 * is not a model's text (binary, not UTF-8, too large) or that the parser or
 * linker failed on; {@code failures} the
 * sources that could not be read at all.
 */
public record LoadedModels<S extends ModelSource>(XtextResourceSet resourceSet, Map<S, XtextResource> resources,
		Map<S, Problem> notText, List<ReadFailure<S>> failures) {
}
