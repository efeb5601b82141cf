package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.northstar.core.rules.RuleIds;
import org.northstar.testing.LargeModels;
import org.northstar.ui.editor.NorthStarEditor;
import org.northstar.ui.lsp.DocumentUris;
import org.northstar.ui.lsp.PublishedDiagnostics;

/** Problems appear in the editor while typing, before any save, from the server's validation. */
class EditorDiagnosticsTest extends EditorTest {

	private static final Duration SERVER = Duration.ofSeconds(60);
	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Models.teamsAndProduct("editor-diagnostics");
	}

	@Test
	void aVanityNorthStarTypedIsSquiggledWithItsRuleIdBeforeSaving() throws Exception {
		IFile file = project.getFile("product.northstar");
		NorthStarEditor editor = Models.open(file);
		Models.typeAfter(editor, Models.PRODUCT.strip(), "\n\nproduct Growthy {\n    northstar Signups \"Sign ups\"\n}\n");
		Workbench.waitUntil("a vanity-north-star annotation", SERVER, () -> Models.hasProblem(editor, RuleIds.VANITY_NORTH_STAR));
		String annotation = Models.problems(editor).stream().filter(text -> text.startsWith("[vanity-north-star]"))
				.findFirst().orElseThrow();
		assertTrue(annotation.contains("Signups"), annotation);
		assertEquals(Models.PRODUCT, Models.onDisk(file), "the edit is not saved: the server validated the editor's text");
		assertTrue(Workbench.onUi(editor::isDirty));
	}

	@Test
	void unsavedEditsInTwoOpenFilesAreValidatedAgainstEachOther() {
		NorthStarEditor product = Models.open(project.getFile("product.northstar"));
		NorthStarEditor teams = Models.open(project.getFile("teams.northstar"));
		Models.typeAfter(product, "owner Growth", ", Partners");
		Workbench.waitUntil("Partners to be unresolved", SERVER, () -> Models.hasProblem(product, RuleIds.UNRESOLVED_REFERENCE));
		Models.typeAfter(teams, "team Billing", "\nteam Partners");
		Workbench.waitUntil("Partners, typed in the other unsaved file, to resolve", SERVER,
				() -> !Models.hasProblem(product, RuleIds.UNRESOLVED_REFERENCE));
	}

	/** Not an assertion: the time from a keystroke to the diagnostics that reflect it, on a 1,000-line model. */
	@Test
	void measureKeystrokeToDiagnosticsOnAThousandLineModel() throws Exception {
		String model = LargeModels.lines(1000);
		IFile file = project.getFile("large.northstar");
		Models.write(file, model);
		Path key = DocumentUris.key(DocumentUris.of(file));
		AtomicLong firstUnresolved = new AtomicLong();
		List<List<Diagnostic>> publications = Collections.synchronizedList(new ArrayList<>());
		PublishedDiagnostics.Listener listener = (published, diagnostics) -> {
			if (published.equals(key)) {
				publications.add(diagnostics);
				if (diagnostics.stream().anyMatch(d -> RuleIds.UNRESOLVED_REFERENCE.equals(ruleId(d)))) {
					firstUnresolved.compareAndSet(0, System.nanoTime());
				}
			}
		};
		PublishedDiagnostics.addListener(listener); // before the editor opens: its first diagnostics may come at once
		try {
			NorthStarEditor editor = Models.open(file);
			Workbench.waitUntil("the first diagnostics of the large model", SERVER, () -> !publications.isEmpty());
			List<Long> millis = new ArrayList<>();
			for (int round = 0; round < 5; round++) {
				firstUnresolved.set(0);
				long typed = System.nanoTime();
				Models.typeAfter(editor, "owner Growth", "x");
				Workbench.waitUntil("the unresolved name", SERVER, () -> unresolved(publications));
				millis.add((firstUnresolved.get() - typed) / 1_000_000);
				Workbench.onUi(() -> {
					var document = Models.document(editor);
					int at = document.get().indexOf("owner Growthx") + "owner Growth".length();
					try {
						document.replace(at, 1, "");
					} catch (org.eclipse.jface.text.BadLocationException e) {
						throw new AssertionError(e);
					}
				});
				Workbench.waitUntil("the name to resolve again", SERVER, () -> !unresolved(publications));
			}
			Collections.sort(millis);
			System.out.println("[measure] keystroke to diagnostics on a " + model.lines().count()
					+ "-line model (debounce " + org.northstar.ui.lsp.DocumentSync.DEBOUNCE_MILLIS
					+ " ms included): median " + millis.get(millis.size() / 2) + " ms, all " + millis);
		} finally {
			PublishedDiagnostics.removeListener(listener);
		}
	}

	private static boolean unresolved(List<List<Diagnostic>> publications) {
		synchronized (publications) {
			return !publications.isEmpty() && publications.get(publications.size() - 1).stream()
					.anyMatch(d -> RuleIds.UNRESOLVED_REFERENCE.equals(ruleId(d)));
		}
	}

	private static String ruleId(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? null
				: diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : null;
	}
}
