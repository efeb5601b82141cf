package org.northstar.studio;

import java.net.URL;

import org.eclipse.swt.program.Program;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.AbstractWebBrowser;

/** Opens a page in the system's web browser; without one, {@link NoBrowserDialog} says where the page is. */
final class SystemBrowser extends AbstractWebBrowser {

	SystemBrowser(String id) {
		super(id);
	}

	@Override
	public void openURL(URL url) {
		String address = url.toExternalForm();
		if (!Program.launch(address)) {
			// later, so that a command or a link that asked for the page finishes first
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> NoBrowserDialog.open(address));
		}
	}
}
