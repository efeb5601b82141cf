package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.northstar.diagram.editor.DiagramEditor;
import org.northstar.testing.LargeModels;
import org.northstar.ui.editor.NorthStarEditor;

/**
 * A thousand keystrokes in about a second, posted to the window system as a fast typist's keys
 * are, into the source editor of a 1,000-line model whose diagram is open too, while the builder
 * checks the project again and again. Afterwards the text is exactly what was typed, and the
 * editor's problems, the builder's markers (after File > Save) and the diagram all belong to that final
 * text. How long the UI thread kept a person waiting is measured and goes to
 * {@code target/load/typing-burst.txt} and the log, with where the UI thread was meanwhile; what is
 * asserted is that the studio's own code, and the text redraws it could put off (each asks the X
 * server where the pointer is), are seldom on the UI thread's stack while it is blocked: the rest
 * is the toolkit handling each key, whose wall time on a shared machine under Xvfb says more about
 * the machine than about the studio (see RELIABILITY.md).
 */
class TypingBurstTest extends EditorTest {

	private static final Duration SETTLE = Duration.ofSeconds(120);
	private static final int KEYSTROKES = 1000;

	@Test
	void aThousandKeystrokesInASecondEndWithTheFinalTextsProblemsEverywhere() throws Exception {
		String model = LargeModels.lines(1000);
		IProject project = Models.project("typing-burst", Map.of("large.northstar", model));
		IFile file = project.getFile("large.northstar");
		NorthStarEditor editor = Models.open(file);
		DiagramEditor diagram = Diagrams.open(file); // in the same stack: it follows the text, hidden behind the source
		Workbench.onUi(() -> editor.selectAndReveal(model.length(), 0));
		// Without a window manager the first keys can be lost while the X server moves its focus: one
		// key typed (again, until it arrives) and taken back first, so that the burst starts where a
		// person's would.
		typeTheFirstKey(editor, model);
		UserInput.press(SWT.BS);
		Workbench.waitUntil("its backspace", SETTLE, () -> Models.text(editor).equals(model));
		String typed = typedTeams();
		AtomicBoolean building = new AtomicBoolean(true);
		Job builder = buildAgainAndAgain(project, building);

		long start = System.nanoTime();
		long posted;
		long handled;
		long settled;
		String blockedIn;
		String longTasksIn;
		long longest;
		long longestTask;
		long tasks;
		long blocks;
		long samples;
		long samplesInOurCode;
		long samplesInPointerQueries;
		try (UiWatchdog watchdog = new UiWatchdog(Workbench.display())) {
			UserInput.typeBurst(typed, 1.0);
			posted = System.nanoTime();
			try {
				Workbench.waitUntil("every keystroke to reach the text", SETTLE, () -> Models.text(editor).length() >= model.length() + typed.length());
			} catch (AssertionError e) {
				String text = Models.text(editor);
				List<String> lost = typed.lines().filter(line -> !text.lines().toList().contains(line)).toList();
				throw new AssertionError(e.getMessage() + ": " + (text.length() - model.length()) + " of " + typed.length()
						+ " characters arrived; lines not typed as sent: " + lost + "; the text typed: "
						+ text.substring(Math.min(model.length(), text.length())).lines().filter(line -> !typed.lines().toList().contains(line)).toList(), e);
			}
			handled = System.nanoTime();
			building.set(false);
			builder.join();
			Workbench.waitUntil("the server's problems of the last team typed", SETTLE,
					() -> Models.problems(editor).stream().anyMatch(p -> p.contains("'" + lastTeam(typed) + "'")));
			Workbench.waitUntil("the diagram to draw the final text", SETTLE,
					() -> Workbench.onUi(() -> diagram.snapshot().text().equals(Models.text(editor))));
			settled = System.nanoTime();
			longest = watchdog.longestMillis();
			longestTask = watchdog.longestTaskMillis();
			tasks = watchdog.tasks();
			blocks = watchdog.blocks();
			blockedIn = watchdog.blockedIn(12);
			longTasksIn = watchdog.longTasksIn(8);
			samples = watchdog.samples();
			samplesInOurCode = watchdog.samplesInOurCode();
			samplesInPointerQueries = watchdog.samplesInPointerQueries();
		}
		assertEquals(model + typed, Models.text(editor), "the keys did not all arrive, in order");

		UserInput.focus(editor);
		UserInput.runCommand("org.eclipse.ui.file.save"); // File > Save, as Ctrl+S runs it
		Workbench.waitUntil("the save", SETTLE, () -> !Workbench.onUi(editor::isDirty));
		Workbench.waitForBuilds();
		List<String> markers = Models.markers(file);
		assertFalse(markers.isEmpty(), "the typed teams are idle: the builder has problems to show");
		// a build after the save may have the text checked again (its figures changed): the editor's problems follow
		Workbench.waitUntil("the editor's problems to be the builder's", SETTLE, () -> markers.equals(Models.problemsByLine(editor)));
		assertEquals(markers, Models.problemsByLine(editor));
		assertFalse(Workbench.onUi(() -> diagram.snapshot().hasSyntaxErrors()));
		assertNotNull(Workbench.onUi(() -> diagram.snapshot().element("acme.large." + lastTeam(typed))));

		String figures = String.format("""
				keystrokes: %d, posted in %d ms, all in the text after %d ms, editor, builder and diagram settled after %d ms (machine load %.1f on %d cores)
				longest single task of the UI thread (without a return to the event loop): %d ms, of %d tasks
				longest UI block (a ping's wait, queued input included): %d ms (%d blocks over %d ms); of %d stack samples taken while blocked, %d in the studio's code, %d in StyledText's pointer queries
				where the UI thread was while blocked (samples every 10 ms: innermost frame <- its callers outside the toolkit <- the innermost North Star frames):
				%s
				where the UI thread was during its tasks over %d ms (the same samples):
				%s
				""", typed.length(), millis(posted - start), millis(handled - start), millis(settled - start),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors(), longestTask, tasks, longest,
				blocks, UiWatchdog.BLOCK_MILLIS, samples, samplesInOurCode, samplesInPointerQueries, blockedIn,
				UiWatchdog.BLOCK_MILLIS, longTasksIn);
		Path report = Path.of(System.getProperty("northstar.screenshots", "target/screenshots")).resolveSibling("load")
				.resolve("typing-burst.txt");
		Files.createDirectories(report.getParent());
		Files.writeString(report, figures);
		System.out.println("[measure] typing burst in the studio: " + figures);
		assertTrue(samplesInOurCode + samplesInPointerQueries <= Math.max(5, samples / 5),
				"the studio's code and per-key text redraws held up the UI thread during the burst (more than 1 in 5 samples):\n" + figures);
	}

	private static void typeTheFirstKey(NorthStarEditor editor, String model) {
		for (int attempt = 1;; attempt++) {
			UserInput.focus(editor);
			UserInput.press('x');
			try {
				Workbench.waitUntil("a first key in the editor", Duration.ofSeconds(10), () -> Models.text(editor).equals(model + "x"));
				return;
			} catch (AssertionError lost) {
				if (attempt == 10 || !Models.text(editor).equals(model)) {
					throw lost;
				}
			}
		}
	}

	/** Lines "team burstN" until there are {@link #KEYSTROKES} keystrokes, each a team nothing uses yet (idle-team). */
	private static String typedTeams() {
		StringBuilder typed = new StringBuilder();
		for (int i = 1; typed.length() < KEYSTROKES; i++) {
			typed.append("team burst").append(i).append('\n');
		}
		String text = typed.substring(0, KEYSTROKES);
		return text.substring(0, text.lastIndexOf('\n') + 1); // end with a whole line
	}

	private static String lastTeam(String typed) {
		String[] lines = typed.strip().split("\n");
		return lines[lines.length - 1].substring("team ".length());
	}

	/** Full builds of the project one after another until told to stop. */
	private static Job buildAgainAndAgain(IProject project, AtomicBoolean building) {
		Job job = Job.create("Building " + project.getName() + " again and again", monitor -> {
			while (building.get()) {
				try {
					project.build(IncrementalProjectBuilder.FULL_BUILD, monitor);
				} catch (CoreException e) {
					return e.getStatus();
				}
			}
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}

	private static long millis(long nanos) {
		return TimeUnit.NANOSECONDS.toMillis(nanos);
	}
}
