package org.northstar.ui.editor;

/**
 * Whether keys come faster than anybody types: each of the last {@code run} keys reached the window
 * system within {@link #BURST_MILLIS} of the one before (key repeat is 30 ms apart; a fast typist's
 * rolled-over keys can come that close, but not several in a row). The window system's own times are
 * compared, so a slow UI thread does not make keys look fast.
 */
final class KeyPace {

	static final int BURST_MILLIS = 10;

	private final int run;
	private boolean anyKey;
	private int lastKeyTime;
	private int fastInARow;

	KeyPace(int run) {
		this.run = run;
	}

	/** Takes the next key's time (ms, wrapping) and tells whether the keys up to it came too fast for a person. */
	boolean tooFast(int time) {
		int gap = time - lastKeyTime;
		fastInARow = anyKey && gap >= 0 && gap < BURST_MILLIS ? fastInARow + 1 : 0;
		anyKey = true;
		lastKeyTime = time;
		return fastInARow >= run;
	}
}
