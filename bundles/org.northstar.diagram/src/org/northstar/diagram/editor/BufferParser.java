package org.northstar.diagram.editor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.core.check.LanguageSession;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelIndex;
import org.northstar.core.check.ModelLoader;
import org.northstar.core.check.ModelSource;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.dsl.ide.edit.ModelSnapshots;
import org.northstar.workspace.builder.ProjectModels;
import org.northstar.workspace.builder.WorkspaceModelSource;

/**
 * Parses one file's buffer alone, linked against the session's index of the other files of its
 * project, so a change costs the parse of that buffer (and of the few files it refers to, read
 * when a reference is followed), not of the whole project. Other files with unsaved text in an
 * editor are parsed from that text. Files the index lacks or holds in an older version than on disk
 * (the builder has not run yet, or the project has no North Star nature) are read once and indexed.
 * Safe to call from any thread.
 */
final class BufferParser {

	private record Others(List<ModelSource> unsaved, List<URI> saved) {
	}

	private final LanguageSession session;
	private final ModelSnapshots snapshots;
	private final IFile file;
	private final URI uri;

	BufferParser(LanguageSession session, IFile file, URI uri) {
		this.session = session;
		this.snapshots = session.get(ModelSnapshots.class);
		this.file = file;
		this.uri = uri;
	}

	ModelSnapshots snapshots() {
		return snapshots;
	}

	/**
	 * The text as the file, linked with the project's other files, checked by the rules when
	 * {@code validate} says so.
	 *
	 * @throws java.util.concurrent.CancellationException when {@code cancel} says so
	 */
	ModelSnapshot parse(String text, boolean validate, CancelIndicator cancel) {
		Others others = others(cancel);
		return snapshots.load(uri, text, others.unsaved(), session.index().descriptionsOf(others.saved()), validate, cancel);
	}

	private Others others(CancelIndicator cancel) {
		List<ModelSource> unsaved = new ArrayList<>();
		List<URI> saved = new ArrayList<>();
		Map<WorkspaceModelSource, Long> stale = new HashMap<>();
		try {
			for (WorkspaceModelSource source : ProjectModels.of(file.getProject())) {
				if (source.file().equals(file)) {
					continue;
				}
				ITextFileBuffer open = FileBuffers.getTextFileBufferManager().getTextFileBuffer(source.file().getFullPath(), LocationKind.IFILE);
				if (open != null && open.isDirty()) {
					unsaved.add(ModelSource.of(source.uri(), open.getDocument().get().getBytes(StandardCharsets.UTF_8)));
					continue;
				}
				saved.add(source.uri());
				long version = source.version(); // before reading: a change while it is read makes it stale again
				if (!session.index().isCurrent(source.uri(), version)) {
					stale.put(source, version);
				}
			}
		} catch (CoreException e) {
			// a project that cannot be walked (closed, deleted): the file alone is still drawn
		}
		if (!stale.isEmpty()) {
			index(stale, saved, cancel);
		}
		return new Others(unsaved, saved);
	}

	/** Reads the files the index lacks, linked against the rest, and indexes them. */
	private void index(Map<WorkspaceModelSource, Long> stale, List<URI> saved, CancelIndicator cancel) {
		ModelIndex index = session.index();
		LoadedModels<WorkspaceModelSource> loaded = session.get(ModelLoader.class).load(stale.keySet(), index.descriptionsOf(saved), cancel);
		loaded.resources().forEach((source, resource) -> index.put(resource, stale.get(source)));
	}
}
