package org.northstar.ui.editor.tests.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.northstar.core.check.ModelSource;
import org.northstar.diagram.editor.TreeDocument;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.dsl.ide.edit.ModelSnapshots;
import org.northstar.ui.NorthStarUiPlugin;
import org.northstar.workspace.builder.ProjectModels;
import org.northstar.workspace.builder.WorkspaceModelSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 14, part 3: whatever a person does in the diagram, the text keeps what they wrote. Random
 * sequences of diagram commands run on every sample model through the diagram's own document
 * ({@link TreeDocument}); after each step the text parses and every comment outside the elements
 * the step touched is still there, byte for byte; undoing every step through the document's undo
 * history (the diagram's Undo) gives back the original text exactly. A failure prints jqwik's seed
 * and the shrunk sequence.
 */
class DiagramRoundTripPropertyTest {

	private static SampleModels samples;
	private static List<IFile> files;
	private final ModelSnapshots snapshots = NorthStarUiPlugin.session().get(ModelSnapshots.class);

	@BeforeContainer
	static void createSampleProjects() throws CoreException {
		samples = SampleModels.createProjects();
		files = samples.files();
	}

	@AfterContainer
	static void deleteSampleProjects() throws CoreException {
		for (IFile file : files) {
			if (file.getProject().exists()) {
				file.getProject().delete(true, true, null);
			}
		}
	}

	@Property(tries = 150)
	void commandsKeepCommentsAndUndoRestoresTheText(@ForAll("sampleIndex") int sample,
			@ForAll @Size(min = 2, max = 10) List<@From("commands") DiagramCommand> commands) throws CoreException, ExecutionException {
		IFile file = files.get(sample % files.size());
		String original = samples.original(file);
		samples.reset();
		TreeDocument document = TreeDocument.connect(file);
		try {
			assertEquals(original, document.document().get());
			int written = 0;
			List<String> done = new ArrayList<>();
			for (DiagramCommand command : commands) {
				ModelSnapshot before = load(document, document.document().get());
				String text = before.text();
				List<int[]> touched;
				try {
					touched = command.run(document, before);
				} catch (IllegalArgumentException | IllegalStateException refused) {
					assertEquals(text, document.document().get(), command + " was refused (" + refused.getMessage() + ") but wrote");
					Statistics.label("commands").collect(command.op(), "refused with a message");
					continue;
				}
				String after = document.document().get();
				if (touched == null || after.equals(text)) {
					Statistics.label("commands").collect(command.op(), touched == null ? "not offered there" : "no change");
					continue;
				}
				Statistics.label("commands").collect(command.op(), "written");
				written++;
				done.add(command.toString());
				ModelSnapshot parsed = load(document, after);
				String where = file.getName() + " after " + done;
				assertFalse(parsed.hasSyntaxErrors(), () -> where + " does not parse:\n" + after);
				List<String> lost = Comments.of(before).outside(touched).missingFrom(Comments.of(parsed));
				assertTrue(lost.isEmpty(), () -> where + " lost comments " + lost + ":\n--- before\n" + text + "\n--- after\n" + after);
			}
			Statistics.label("steps written and undone").collect(written);
			for (int i = 0; i < written; i++) {
				assertTrue(document.undoManager().undoable(), "step " + (written - i) + " of " + done + " cannot be undone");
				document.undoManager().undo();
			}
			assertEquals(original, document.document().get(), () -> "undoing " + done + " on " + file.getName());
		} finally {
			document.undoManager().reset();
			document.disconnect();
		}
	}

	@Provide
	Arbitrary<Integer> sampleIndex() {
		return Arbitraries.integers().between(0, 1000);
	}

	@Provide
	Arbitrary<DiagramCommand> commands() {
		Arbitrary<Integer> choice = Arbitraries.integers().between(0, 1000);
		return Combinators.combine(Arbitraries.of(DiagramCommand.Op.class), choice, choice, choice).as(DiagramCommand::new);
	}

	/** The text parsed as the file, linked with the other files of its project (no rules: only structure matters here). */
	private ModelSnapshot load(TreeDocument document, String text) throws CoreException {
		List<ModelSource> others = new ArrayList<>(ProjectModels.of(document.file().getProject()));
		others.removeIf(other -> ((WorkspaceModelSource) other).file().equals(document.file()));
		return snapshots.load(document.uri(), text, others, false);
	}
}
