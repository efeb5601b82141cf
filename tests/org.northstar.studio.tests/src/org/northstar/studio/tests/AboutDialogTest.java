package org.northstar.studio.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/** Help > About North Star Studio, as the dialog shows it. */
class AboutDialogTest {

	@Test
	void theAboutTextKeepsItsApostropheAndShowsTheVersion() {
		Shell about = Dialogs.open(() -> execute("org.eclipse.ui.help.aboutAction"), "About North Star Studio");
		try {
			String text = Dialogs.text(about);
			assertTrue(text.contains("checked live against the framework's anti-patterns."), text);
			assertTrue(text.matches("(?s).*Version: \\d+\\.\\d+\\.\\d+.*"), text);
			assertFalse(text.contains("{0}"), text);
		} finally {
			Dialogs.close(about);
		}
	}

	static void execute(String command) {
		try {
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(command, null);
		} catch (Exception e) {
			throw new AssertionError("cannot run " + command, e);
		}
	}
}
