package org.northstar.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.northstar.core.check.ModelSource;
import org.northstar.core.scene.FileScene;
import org.northstar.core.scene.Scene;
import org.northstar.core.scene.TreeScene;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.dsl.ide.edit.ModelSnapshots;
import org.northstar.dsl.ide.server.NorthStarIdeLanguage;

/**
 * What the diagram editor does after each pause in typing, without its debounce and its paint:
 * parse the changed text with the project's other files, run the rules, lay out and compose the
 * file's picture (the editor's TreePicture is exactly this).
 */
final class DiagramRefresh {

	private final ModelSnapshots snapshots = NorthStarIdeLanguage.injector().getInstance(ModelSnapshots.class);
	private final URI uri;
	private final String text;
	private final List<ModelSource> others;
	private int edits;

	DiagramRefresh(Path file, List<Path> project) throws IOException {
		this.uri = ModelSource.fileUri(file);
		this.text = Files.readString(file, StandardCharsets.UTF_8);
		this.others = project.stream().filter(other -> !other.equals(file)).map(ModelSource::ofFile).toList();
	}

	/** One refresh of a text with one more character typed into a description than the last. */
	Scene afterTyping() {
		edits++;
		String typed = text.replaceFirst("\"", "\"" + "x".repeat(edits % 20));
		ModelSnapshot snapshot = snapshots.load(uri, typed, others, true);
		if (snapshot.hasSyntaxErrors()) {
			throw new IllegalStateException("the typed text should parse");
		}
		TreeScene trees = new TreeScene(element -> snapshot.problemsOf(snapshot.key(element)), snapshot::key, element -> false);
		return FileScene.of(snapshot.model(), trees);
	}
}
