package org.northstar.dsl.ide.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;

import com.google.inject.Inject;

/**
 * Xtext's workspace manager, remembering the version number the client gave each open document.
 * Xtext counts versions itself (one more per change), so its numbers drift from the client's as soon
 * as the client skips versions, as the studio's editor does when it sends a pause's typing at once.
 * Diagnostics are stamped with the client's number ({@link VersionedDiagnostics}), so that a client
 * can tell the problems of a text it has already replaced from those of the text it shows.
 */
public class ClientVersions extends WorkspaceManager {

	private final Map<URI, Integer> versions = new ConcurrentHashMap<>();

	@Inject
	private UriExtensions uris;

	@Override
	public Buildable didOpen(URI uri, Integer version, String contents) {
		remember(uri, version);
		return super.didOpen(uri, version, contents);
	}

	@Override
	public Buildable didChangeTextDocumentContent(URI uri, Integer version,
			Iterable<TextDocumentContentChangeEvent> changes) {
		remember(uri, version);
		return super.didChangeTextDocumentContent(uri, version, changes);
	}

	@Override
	public Buildable didClose(URI uri) {
		versions.remove(uri);
		return super.didClose(uri);
	}

	/**
	 * The client's version of an open document, null for a file the client has not opened. Asked
	 * while the build that validated the document runs: changes and builds take turns on Xtext's
	 * request queue, so this is the version of the text that was validated.
	 */
	Integer openVersion(String uri) {
		return versions.get(uris.toUri(uri));
	}

	private void remember(URI uri, Integer version) {
		if (version == null) {
			versions.remove(uri);
		} else {
			versions.put(uri, version);
		}
	}
}
