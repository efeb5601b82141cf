package org.northstar.ui.editor;

import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Display;

/**
 * The platform's content assistant, waiting for the pause before it opens by itself on a timer of
 * the UI thread: the platform's assistant starts a new thread for every word typed and interrupts it
 * at the next space or digit, which cost a burst of typing about a tenth of its time on the UI thread.
 * Keys too fast for a person ({@link KeyPace}) do not open it: the popup would re-filter its list on
 * every key of the burst.
 */
final class TimedContentAssistant extends ContentAssistant {

	private int delayMillis = 500;

	@Override
	public void setAutoActivationDelay(int delay) {
		super.setAutoActivationDelay(delay);
		delayMillis = delay;
	}

	@Override
	protected AutoAssistListener createAutoAssistListener() {
		return new TimedAutoAssist();
	}

	private final class TimedAutoAssist extends AutoAssistListener {

		private int showStyle;
		private final Runnable show = () -> showAssist(showStyle);
		private final KeyPace pace = new KeyPace(3);

		@Override
		public void keyPressed(KeyEvent e) {
			if (pace.tooFast(e.time)) {
				stop();
			} else {
				super.keyPressed(e);
			}
		}

		@Override
		protected void start(int style) {
			showStyle = style;
			timer(delayMillis);
		}

		@Override
		protected void reset(int style) {
			start(style);
		}

		@Override
		protected void stop() {
			timer(-1);
		}

		private void timer(int millis) {
			Display display = Display.getCurrent();
			if (display != null) {
				display.timerExec(millis, show);
			}
		}
	}
}
