package org.northstar.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.core.check.LanguageSession;
import org.northstar.core.check.ModelSource;
import org.northstar.scene.FileScene;
import org.northstar.scene.Scene;
import org.northstar.scene.TreeScene;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.dsl.ide.edit.ModelSnapshots;

/**
 * What the diagram editor does after each pause in typing, without its debounce and its paint:
 * parse the changed text, run the rules, lay out and compose the file's picture (the editor's
 * TreePicture is exactly this). Two ways: with the project's other files parsed too (the editor
 * until issue 16), and alone, linked against the session's index of the other files (the editor
 * now; the builder has indexed the project, as it does in the studio).
 */
final class DiagramRefresh {

	private final ModelSnapshots snapshots;
	private final URI uri;
	private final String text;
	private final List<ModelSource> others;
	private final LanguageSession session;
	private int edits;

	DiagramRefresh(LanguageSession session, Path file, List<Path> project) throws IOException {
		this.session = session;
		this.snapshots = session.get(ModelSnapshots.class);
		this.uri = ModelSource.fileUri(file);
		this.text = Files.readString(file, StandardCharsets.UTF_8);
		this.others = project.stream().filter(other -> !other.equals(file)).map(ModelSource::ofFile).toList();
	}

	/** One refresh of a text with one more character typed into a description than the last, parsed with all other files. */
	Scene afterTyping() {
		return picture(snapshots.load(uri, typed(), others, true));
	}

	/** The builder's work before typing starts: every other file of the project read and indexed. */
	DiagramRefresh indexed() {
		session.check().check(others, session.index(), source -> 1, CancelIndicator.NullImpl);
		return this;
	}

	/** The same refresh, the text parsed alone and linked against the index (call {@link #indexed()} first). */
	Scene afterTypingIndexed() {
		ResourceDescriptionsData index = session.index().descriptionsOf(others.stream().map(ModelSource::uri).toList());
		return picture(snapshots.load(uri, typed(), List.of(), index, true, CancelIndicator.NullImpl));
	}

	private String typed() {
		edits++;
		return text.replaceFirst("\"", "\"" + "x".repeat(edits % 20));
	}

	private static Scene picture(ModelSnapshot snapshot) {
		if (snapshot.hasSyntaxErrors()) {
			throw new IllegalStateException("the typed text should parse");
		}
		TreeScene trees = new TreeScene(element -> snapshot.problemsOf(snapshot.key(element)), snapshot::key, element -> false);
		return FileScene.of(snapshot.model(), trees);
	}
}
