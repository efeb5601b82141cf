package org.northstar.ui.editor.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * The keyboard and the mouse as a person uses them: events posted to the window system
 * ({@code Display.post}), so they go through focus, key bindings, menus and drag and drop as a
 * person's would. Each gesture waits until the workbench has handled it.
 */
final class UserInput {

	private UserInput() {
	}

	/** A left click at (x, y) of the control. */
	static void click(Control control, int x, int y) {
		click(control, x, y, 1);
	}

	/**
	 * A click of {@code button} (1 left, 3 right) at (x, y) of the control: the mouse moves there
	 * through the window system; the press and release go to the control's own listeners, because
	 * GDK does not deliver posted button events under Xvfb (moves and keys it does).
	 */
	static void click(Control control, int x, int y, int button) {
		moveTo(control, x, y);
		Workbench.onUi(() -> {
			for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
				Event event = mouse(type, button);
				event.x = x;
				event.y = y;
				control.notifyListeners(type, event);
			}
		});
		settle();
	}

	/** Moves the mouse to (x, y) of the control, its window brought to the front first. */
	static void moveTo(Control control, int x, int y) {
		Point at = Workbench.onUi(() -> {
			control.getShell().forceActive();
			return control.toDisplay(x, y);
		});
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = at.x;
		move.y = at.y;
		post(move);
		settle();
	}

	/** Presses a key (a character, or an SWT key code such as {@link SWT#CR}) with modifiers (SWT.CTRL, SWT.SHIFT) held down. */
	static void press(int key, int... modifiers) {
		for (int modifier : modifiers) {
			post(key(SWT.KeyDown, modifier, '\0'));
		}
		char character = key == SWT.CR ? '\r' : key == SWT.ESC ? 0x1b : key < 0x10000 ? (char) key : '\0';
		post(key(SWT.KeyDown, key < 0x10000 ? 0 : key, character));
		post(key(SWT.KeyUp, key < 0x10000 ? 0 : key, character));
		for (int i = modifiers.length - 1; i >= 0; i--) {
			post(key(SWT.KeyUp, modifiers[i], '\0'));
		}
		settle();
	}

	/** Waits until what was posted has been handled (the UI thread got to a task queued after it). */
	static void settle() {
		Workbench.pause(60);
		Workbench.onUi(() -> {
			while (Workbench.display().readAndDispatch()) {
				// handle what arrived
			}
		});
	}

	private static Event mouse(int type, int button) {
		Event event = new Event();
		event.type = type;
		event.button = button;
		return event;
	}

	private static Event key(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		return event;
	}

	/** Posts on the UI thread (the mouse's moves need it); the workbench handles the event when its loop runs next. */
	private static void post(Event event) {
		if (!Workbench.onUi(() -> Workbench.display().post(event))) {
			throw new AssertionError("The window system refused the event " + event);
		}
	}
}
