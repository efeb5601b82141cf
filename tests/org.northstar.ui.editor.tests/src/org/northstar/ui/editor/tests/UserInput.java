package org.northstar.ui.editor.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.northstar.ui.editor.NorthStarEditor;

/**
 * What a person does: keys and mouse moves through the window system (Display.post), commands as
 * Quick Access and menus run them (the workbench's handler service), and the popups that answer.
 */
final class UserInput {

	/** Failures of commands run on the UI thread, reported to the test that ran them. */
	private static final List<String> failures = new CopyOnWriteArrayList<>();

	private UserInput() {
	}

	/** Gives the editor's window and text the keyboard focus, as clicking into the editor would. */
	static void focus(NorthStarEditor editor) {
		Point corner = Workbench.onUi(() -> {
			Shell shell = editor.getSite().getShell();
			shell.forceActive();
			editor.getSite().getPage().activate(editor);
			editor.setFocus();
			return shell.toDisplay(4, 4);
		});
		// Without a window manager the keys go to the window under the mouse: keep it on the workbench
		// window's corner, where no popup opens.
		moveMouse(corner);
		Workbench.waitUntil("the editor's text to have the focus", Duration.ofSeconds(10),
				() -> Workbench.onUi(() -> Workbench.display().getFocusControl() instanceof StyledText));
	}

	/** Presses a key (a character or an SWT key code) with modifiers (SWT.CTRL, SWT.SHIFT) held down. */
	/** The pause between the keys a person types (a fast typist: 120 words a minute). */
	private static final long PERSONS_KEY_MILLIS = 100;

	static void press(int key, int... modifiers) {
		if (key == SWT.ESC || key == SWT.DEL) {
			freshEventTime();
		}
		for (int modifier : modifiers) {
			post(SWT.KeyDown, modifier, (char) 0);
		}
		char character = key < 0x10000 ? (char) key : 0;
		// Enter, Escape, Tab, Backspace and Delete are keys of their own: the window system needs their key code
		boolean named = key == SWT.CR || key == SWT.ESC || key == SWT.TAB || key == SWT.BS || key == SWT.DEL;
		int keyCode = key < 0x10000 && !named ? 0 : key;
		post(SWT.KeyDown, keyCode, character);
		post(SWT.KeyUp, keyCode, character);
		for (int i = modifiers.length - 1; i >= 0; i--) {
			post(SWT.KeyUp, modifiers[i], (char) 0);
		}
		settle();
	}

	/**
	 * A key pressed while one of the editor's popups (proposals, fixes) is open. Without a window manager
	 * the X server hands keys to the popup's own window, which takes none; with one (a person's desktop)
	 * they stay with the editor. So the key goes where the toolkit would deliver it: the focused widget,
	 * whose key listeners the popup has installed.
	 */
	static void pressWhilePopupIsOpen(int key) {
		Workbench.onUi(() -> {
			Control focus = Workbench.display().getFocusControl();
			for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
				Event event = new Event();
				event.keyCode = key < 0x10000 && key != SWT.CR && key != SWT.ESC ? 0 : key;
				event.character = key < 0x10000 ? (char) key : 0;
				focus.notifyListeners(type, event);
			}
			if (key == SWT.CR && focus instanceof Text) {
				focus.notifyListeners(SWT.DefaultSelection, new Event()); // what the native field makes of Enter
			}
		});
		settle();
	}

	static void type(String text) {
		for (char c : text.toCharArray()) {
			press(c == '\n' ? SWT.CR : c);
			Workbench.pause(PERSONS_KEY_MILLIS); // the editor treats keys faster than a person's as a burst
		}
	}

	/**
	 * Types the text (lower-case letters, digits, spaces and line breaks) as fast typing or a key
	 * held down does: one keystroke every {@code millisPerKey}, without waiting for the window to
	 * handle them; the window system queues what the UI thread has not handled yet.
	 */
	static void typeBurst(String text, double millisPerKey) {
		long start = System.nanoTime();
		for (int i = 0; i < text.length(); i++) {
			long wait = start + (long) (i * millisPerKey * 1_000_000) - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			char c = text.charAt(i);
			int keyCode = c == '\n' ? SWT.CR : 0;
			char character = c == '\n' ? SWT.CR : c;
			post(SWT.KeyDown, keyCode, character);
			post(SWT.KeyUp, keyCode, character);
		}
	}

	private static void post(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		if (!Workbench.display().post(event)) {
			throw new AssertionError("the window system did not take the key event");
		}
	}

	/**
	 * Gives the next posted key a time of its own. Posted keys carry the time of the window system's
	 * last real event, and Xvfb has none but mouse moves; the workbench runs Esc and Del after the
	 * focused widget had them, and once per time, so a second Esc or Del with an old time would be
	 * dropped. A mouse move there and back is a real event.
	 */
	private static void freshEventTime() {
		Point at = Workbench.onUi(() -> Workbench.display().getCursorLocation());
		moveMouse(new Point(at.x + 1, at.y));
		moveMouse(at);
	}

	/** Moves the mouse over a place in the text (display coordinates from the widget's own layout). */
	static void moveMouseTo(StyledText text, int offset) {
		Point target = Workbench.onUi(() -> {
			Point inText = text.getLocationAtOffset(offset);
			return text.toDisplay(inText.x + 2, inText.y + text.getLineHeight(offset) / 2);
		});
		for (Point step : List.of(new Point(target.x - 30, target.y + 20), new Point(target.x - 5, target.y),
				target)) {
			moveMouse(step);
		}
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
				Event event = new Event();
				event.type = type;
				event.button = button;
				event.x = x;
				event.y = y;
				control.notifyListeners(type, event);
			}
		});
		settle();
	}

	/** Moves the mouse to (x, y) of the control, its window brought to the front first. */
	static void moveTo(Control control, int x, int y) {
		moveMouse(Workbench.onUi(() -> {
			control.getShell().forceActive();
			return control.toDisplay(x, y);
		}));
	}

	private static void moveMouse(Point to) {
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = to.x;
		move.y = to.y;
		Workbench.onUi(() -> Workbench.display().post(move)); // mouse moves, unlike keys, are posted on the UI thread
		settle();
	}

	/** Runs a command as Quick Access and the menus do, without waiting for what it opens. */
	static void runCommand(String commandId) {
		Workbench.display().asyncExec(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
			} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
				failures.add(commandId + ": " + e);
			}
		});
		settle();
		if (!failures.isEmpty()) {
			throw new AssertionError("the command did not run: " + failures.remove(0));
		}
	}

	/** Lets the UI thread handle what was posted. */
	static void settle() {
		Workbench.pause(60);
		Workbench.onUi(() -> {
			while (Workbench.display().readAndDispatch()) {
				// handle the posted events
			}
		});
	}

	/** Waits for a shown popup (a shell other than the workbench window) with what the test looks for. */
	static <T> T waitForPopup(String what, Duration timeout, Function<Shell, Optional<T>> lookFor) {
		return waitForPopup(what, timeout, lookFor, () -> {
			// the popup comes by itself
		});
	}

	/** Waits for a popup as above, doing {@code again} every two seconds until it shows (e.g. a hover). */
	static <T> T waitForPopup(String what, Duration timeout, Function<Shell, Optional<T>> lookFor, Runnable again) {
		List<T> found = new ArrayList<>();
		long[] lastTry = { 0 };
		Workbench.waitUntil(what, timeout, () -> {
			if (System.nanoTime() - lastTry[0] > 2_000_000_000L) {
				lastTry[0] = System.nanoTime();
				again.run();
			}
			return popupWith(lookFor, found);
		});
		return found.get(0);
	}

	private static <T> boolean popupWith(Function<Shell, Optional<T>> lookFor, List<T> found) {
		return Workbench.onUi(() -> {
			List<Shell> windows = Arrays.stream(PlatformUI.getWorkbench().getWorkbenchWindows())
					.map(window -> window.getShell()).toList();
			for (Shell shell : Workbench.display().getShells()) {
				if (!windows.contains(shell) && !shell.isDisposed() && shell.isVisible()) {
					Optional<T> result = lookFor.apply(shell);
					if (result.isPresent()) {
						found.add(result.get());
						return true;
					}
				}
			}
			return false;
		});
	}

	/** The first control of the type in the shell, depth first. */
	static <C extends Control> Optional<C> find(Composite parent, Class<C> type, Predicate<C> test) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && test.test(type.cast(child)) && child.isVisible()) {
				return Optional.of(type.cast(child));
			}
			if (child instanceof Composite composite) {
				Optional<C> inside = find(composite, type, test);
				if (inside.isPresent()) {
					return inside;
				}
			}
		}
		return Optional.empty();
	}

	/** The rows of a proposal table as shown (virtual rows are filled in by asking for their text). */
	static List<String> rows(Table table) {
		return Workbench.onUi(() -> Arrays.stream(table.getItems()).map(TableItem::getText).toList());
	}
}
