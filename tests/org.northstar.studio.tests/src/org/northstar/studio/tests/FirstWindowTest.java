package org.northstar.studio.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The window of a first start (the test workspace is new) takes the whole screen instead of 1024x768. */
class FirstWindowTest {

	@Test
	void theFirstWindowFillsTheScreen() {
		Rectangle[] boundsAndScreen = UiThread.get(() -> {
			Shell shell = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
			return new Rectangle[] { shell.getBounds(), shell.getMonitor().getClientArea() };
		});
		Rectangle window = boundsAndScreen[0];
		Rectangle screen = boundsAndScreen[1];
		assertTrue(screen.width > 1100 && screen.height > 800, "the test display is larger than the old default: " + screen);
		// a window manager's title bar and panels may take a little of the screen
		assertTrue(window.width >= screen.width * 0.9 && window.height >= screen.height * 0.9,
				"the window " + window + " covers the screen " + screen);
		assertTrue(UiThread.get(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().getMaximized()),
				"the window is maximised (for the window manager, when there is one)");
	}
}
