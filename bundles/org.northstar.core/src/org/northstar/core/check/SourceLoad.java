package org.northstar.core.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

/**
 * One source on its way into the resource set: its bytes, then its resource, then the parse. Each
 * step records its failure instead of throwing, so that sources can be parsed side by side and the
 * results still be told in the order the sources were given.
 */
final class SourceLoad<S extends ModelSource> {

	private final S source;
	private byte[] bytes;
	private IOException unreadable;
	private String notText;
	private XtextResource resource;
	private Throwable failed;

	private SourceLoad(S source) {
		this.source = source;
	}

	/** Reads the source's bytes (on the caller's thread: a host's source may not be read from any other). */
	static <S extends ModelSource> SourceLoad<S> read(S source) {
		SourceLoad<S> load = new SourceLoad<>(source);
		try {
			load.bytes = ModelText.read(source);
			load.notText = ModelText.whyNotText(load.bytes);
		} catch (IOException e) {
			load.unreadable = e;
		}
		return load;
	}

	boolean isText() {
		return unreadable == null && notText == null;
	}

	/** Makes the source's resource, not yet in a set. */
	void create(Resource.Factory.Registry factories) {
		try {
			resource = (XtextResource) factories.getFactory(source.uri()).createResource(source.uri());
			if (resource == null) {
				failed = new IllegalStateException("no parser for " + source.uri().lastSegment());
			}
		} catch (RuntimeException e) {
			failed = e;
		}
	}

	/** Parses the bytes into the resource (which is then in its set), linking nothing yet but its proxies. */
	void parse(Map<?, ?> options) {
		if (resource == null) {
			return;
		}
		try {
			resource.load(new ByteArrayInputStream(bytes), options);
		} catch (IOException e) {
			unreadable = e;
		} catch (RuntimeException | StackOverflowError e) {
			failed = e;
		}
		bytes = null;
	}

	S source() {
		return source;
	}

	/** The resource, or null when the source did not get one or its parse failed. */
	XtextResource resource() {
		return unreadable == null && failed == null ? resource : null;
	}

	/** The resource even when its parse failed, or null when none was made. */
	XtextResource anyResource() {
		return resource;
	}

	/** The source's problem when it is read but not a model's text or North Star failed on it, else null. */
	Problem problem() {
		if (notText != null) {
			return Problem.ofWholeFile(source.uri(), notText);
		}
		return failed == null ? null : Problem.ofFailure(source.uri(), failed);
	}

	/** Why the source could not be read, or null. */
	ReadFailure<S> readFailure() {
		return unreadable == null ? null : new ReadFailure<>(source, unreadable);
	}
}
