package org.northstar.ui.editor.tests;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;

/**
 * Every editor test leaves the workbench without editors (changes discarded) and without popups or
 * dialogs a failed test left open, so tests do not see each other's text or windows.
 */
abstract class EditorTest {

	@AfterEach
	void closeEditors() {
		Workbench.onUi(() -> {
			List<Shell> windows = Arrays.stream(PlatformUI.getWorkbench().getWorkbenchWindows())
					.map(IWorkbenchWindow::getShell).toList();
			for (Shell shell : Workbench.display().getShells()) {
				if (!windows.contains(shell) && !shell.isDisposed() && shell.isVisible() && shell.getParent() != null) {
					shell.close();
				}
			}
		});
		Models.closeEditors();
	}
}
