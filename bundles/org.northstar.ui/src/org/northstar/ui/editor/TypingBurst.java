package org.northstar.ui.editor;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;

/**
 * Tells when the source viewer is working through keys that came faster than anybody types (a tool,
 * a macro, a stuck key faster than repeat), so that what every keystroke would redraw is redrawn
 * once after the burst. Each StyledText redraw or style change asks the X server twice where the
 * mouse pointer is ({@code StyledText.doMouseLinkCursor}); at a thousand keys a second those round
 * trips alone kept the UI thread busy for seconds. A burst is keys too fast for a person
 * ({@link KeyPace}), so typing by hand is never put off. Put-off work runs once, when no input is
 * left waiting: SWT runs asynchronous runnables only then.
 */
final class TypingBurst {

	/** How long after handling a key in a burst the work it causes is still put off. */
	private static final long HANDLING_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	private final Display display;
	private final Set<Runnable> putOff = new LinkedHashSet<>();
	private final KeyPace pace = new KeyPace(1);
	private boolean fastKey;
	private long fastKeySince;

	TypingBurst(Display display) {
		this.display = display;
	}

	/** A key is about to be handled; {@code time} is the window system's time of the key (ms, wrapping). */
	void key(int time) {
		fastKey = pace.tooFast(time);
		fastKeySince = System.nanoTime();
	}

	/** Whether the work being asked for comes from a key that came hard on the heels of the one before. */
	boolean inBurst() {
		return fastKey && System.nanoTime() - fastKeySince < HANDLING_NANOS;
	}

	/** Runs {@code work} once when the queued input is handled (however often it is put off until then). */
	void afterwards(Runnable work) {
		if (putOff.add(work) && putOff.size() == 1) {
			display.asyncExec(this::runPutOff);
		}
	}

	private void runPutOff() {
		Runnable[] work = putOff.toArray(Runnable[]::new);
		putOff.clear();
		for (Runnable each : work) {
			each.run();
		}
	}
}
