package org.northstar.ui.editor;

import org.eclipse.jface.text.IPaintPositionManager;
import org.eclipse.jface.text.IPainter;

/**
 * A painter whose repaints during a {@link TypingBurst} are put off until the burst is handled: the
 * current line's highlight redraws the old and the new line on every keystroke, which is what a
 * burst must not pay per key.
 */
final class BurstPainter implements IPainter {

	private final IPainter painter;
	private final TypingBurst burst;
	private final Runnable repaint = this::repaint;
	private boolean detached;

	BurstPainter(IPainter painter, TypingBurst burst) {
		this.painter = painter;
		this.burst = burst;
	}

	IPainter painter() {
		return painter;
	}

	@Override
	public void paint(int reason) {
		if (burst.inBurst()) {
			burst.afterwards(repaint);
		} else {
			painter.paint(reason);
		}
	}

	private void repaint() {
		if (!detached) {
			painter.paint(IPainter.INTERNAL);
		}
	}

	@Override
	public void deactivate(boolean redraw) {
		painter.deactivate(redraw);
	}

	@Override
	public void setPositionManager(IPaintPositionManager manager) {
		painter.setPositionManager(manager);
	}

	/** Removed from the viewer: a repaint still put off is dropped. */
	void detach() {
		detached = true;
	}

	@Override
	public void dispose() {
		detached = true;
		painter.dispose();
	}
}
