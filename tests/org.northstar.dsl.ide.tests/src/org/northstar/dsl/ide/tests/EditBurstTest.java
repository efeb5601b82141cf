package org.northstar.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.northstar.testing.TestSession;
import org.northstar.core.check.ModelSource;
import org.northstar.core.check.Problem;
import org.northstar.testing.LargeModels;

/**
 * The language server under the load of fast typing: a burst of a thousand keystrokes in one second
 * ends with the diagnostics of the final text, the same as {@code northstar validate} finds, and a
 * validation overtaken by a newer text never passes its problems off as the newer text's.
 */
class EditBurstTest {

	private static final String FILE = "demo.northstar";
	private static final int BURST = 1000;

	/** What the user types, input after input, each owned by a team that does not exist. */
	private static final String TYPED = """
			    input Typed%1$d "Typed in a hurry" {
			        dimension breadth  unit people  window weekly
			        owner Nobody%1$d  relation multiplicative
			    }
			""";

	@TempDir
	Path project;

	@Test
	void aThousandKeystrokesInOneSecondEndWithTheDiagnosticsOfTheFinalText() {
		ServerSession session = ServerSession.start(project, FILE, Models.PROBLEMS);
		session.open(FILE);
		int published = session.client.publications(session.uri(FILE)).size();

		long start = System.nanoTime();
		int lastVersion = typeBurst(session, start);
		long sent = System.nanoTime();
		session.waitForBuilds();
		long settled = System.nanoTime();

		String finalText = session.text(FILE);
		assertTrue(finalText.contains("Nobody2"), "the burst typed less than expected:\n" + finalText);
		assertEquals(validate(session, finalText), describe(session.diagnostics(FILE)));
		List<PublishDiagnosticsParams> publications = session.client.publications(session.uri(FILE));
		assertEquals(lastVersion, publications.getLast().getVersion(), "the last publication is not of the last text");
		System.out.printf("[measure] language server: %d keystrokes sent in %d ms, diagnostics of the last one %d ms later, %d of %d versions published%n",
				BURST, TimeUnit.NANOSECONDS.toMillis(sent - start), TimeUnit.NANOSECONDS.toMillis(settled - sent),
				publications.size() - published, BURST);
	}

	/**
	 * A model slow to validate, changed again and again while it is validated: each version names its
	 * own missing team, so a publication shows whose problems it holds. Every publication names the
	 * version it was computed from, holds that version's problems and no other's, comes in version
	 * order, and the last one is the final text's.
	 */
	@Test
	void anOvertakenValidationNeverPublishesItsProblemsAsTheNewerTexts() {
		String slow = LargeModels.products(60);
		ServerSession session = ServerSession.start(project, FILE, withGhost(slow, 0));
		long opened = System.nanoTime();
		session.open(FILE);
		session.waitForBuilds();
		// pauses between edits from a tenth to one and a half times what one validation takes on this
		// machine: some validations are overtaken and some finish, however fast the machine is
		int validation = (int) Math.max(20, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - opened));
		String uri = session.uri(FILE);
		int before = session.client.publications(uri).size();

		Random random = new Random(14);
		int versions = 16;
		int lastVersion = 0;
		for (int ghost = 1; ghost <= versions; ghost++) {
			lastVersion = session.replace(FILE, withGhost(slow, ghost));
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(random.nextInt(validation / 10, validation * 3 / 2)));
		}
		session.waitForBuilds();

		List<PublishDiagnosticsParams> publications = session.client.publications(uri);
		publications = publications.subList(before, publications.size());
		int previous = 0;
		for (PublishDiagnosticsParams publication : publications) {
			Integer version = publication.getVersion();
			assertNotNull(version, "a publication without the version it belongs to");
			assertTrue(version >= previous, "version " + version + " published after version " + previous);
			previous = version;
			int ghost = version - 1; // the document was opened as version 1 with Ghost0
			assertEquals(List.of("Ghost" + ghost), ghostsIn(publication.getDiagnostics()),
					"the problems published as version " + version + " are not that version's");
		}
		assertEquals(lastVersion, publications.getLast().getVersion());
		assertEquals(validate(session, session.text(FILE)), describe(session.diagnostics(FILE)));
		assertTrue(publications.size() < versions, "no validation was overtaken, the test proves nothing: " + publications.size());
		System.out.printf("[measure] language server: %d versions of a %d-line model, %d validated to the end and published%n",
				versions, slow.lines().count(), publications.size());
	}

	/** Types {@link #BURST} keystrokes, one a millisecond: inputs letter by letter, a slip and its backspace now and then. */
	private static int typeBurst(ServerSession session, long start) {
		int version = 0;
		int keystrokes = 0;
		Random random = new Random(5);
		for (int input = 1; keystrokes < BURST; input++) {
			String typed = TYPED.formatted(input);
			for (int i = 0; i < typed.length() && keystrokes < BURST; i++) {
				Position caret = caretBeforeLastBrace(session.text(FILE));
				if (random.nextInt(6) == 0 && keystrokes + 2 <= BURST) {
					version = keystroke(session, start, keystrokes++, new Range(caret, caret), "x");
					version = keystroke(session, start, keystrokes++,
							new Range(caret, new Position(caret.getLine(), caret.getCharacter() + 1)), "");
				}
				version = keystroke(session, start, keystrokes++, new Range(caret, caret), String.valueOf(typed.charAt(i)));
			}
		}
		return version;
	}

	private static int keystroke(ServerSession session, long start, int index, Range range, String text) {
		long due = start + TimeUnit.MILLISECONDS.toNanos(index);
		long wait = due - System.nanoTime();
		if (wait > 0) {
			LockSupport.parkNanos(wait);
		}
		return session.type(FILE, range, text);
	}

	private static Position caretBeforeLastBrace(String text) {
		return new Document(1, text).getPosition(text.lastIndexOf('}'));
	}

	private static String withGhost(String model, int ghost) {
		return model + "product Haunted" + " {\n    input Lost { owner Ghost" + ghost + " }\n}\n";
	}

	private static List<String> ghostsIn(List<Diagnostic> diagnostics) {
		Pattern ghost = Pattern.compile("Ghost\\d+");
		return diagnostics.stream().map(EditBurstTest::message).map(ghost::matcher).filter(Matcher::find)
				.map(Matcher::group).distinct().toList();
	}

	/** What {@code northstar validate} finds in the text, as "line:column rule-id message" lines. */
	private static List<String> validate(ServerSession session, String text) {
		ModelSource source = ModelSource.of(ModelSource.fileUri(session.root.resolve(FILE)), text.getBytes(StandardCharsets.UTF_8));
		List<Problem> problems = TestSession.get().check().check(List.of(source), null).problems().get(source);
		assertFalse(problems == null, "validate could not read the text");
		return problems.stream().map(p -> p.line() + ":" + p.column() + " " + p.ruleId() + " " + p.message()).sorted().toList();
	}

	private static List<String> describe(List<Diagnostic> diagnostics) {
		return diagnostics.stream()
				.map(d -> (d.getRange().getStart().getLine() + 1) + ":" + (d.getRange().getStart().getCharacter() + 1) + " "
						+ d.getCode().getLeft() + " " + message(d))
				.sorted().toList();
	}

	private static String message(Diagnostic diagnostic) {
		return diagnostic.getMessage().map(text -> text, markup -> markup.getValue());
	}
}
