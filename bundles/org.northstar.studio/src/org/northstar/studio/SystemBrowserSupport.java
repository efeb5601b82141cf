package org.northstar.studio;

import org.eclipse.ui.browser.AbstractWorkbenchBrowserSupport;
import org.eclipse.ui.browser.IWebBrowser;

/**
 * The studio's web browsers (for the guide when the help window cannot be embedded, and every link): the
 * system's browser, or, when there is none, a dialog that says where the page is and what to install.
 * The workbench's own fallback tells the user only "Unable to open web browser on {0}", placeholder unfilled.
 */
public class SystemBrowserSupport extends AbstractWorkbenchBrowserSupport {

	@Override
	public IWebBrowser createBrowser(int style, String browserId, String name, String tooltip) {
		return new SystemBrowser(browserId == null ? "org.northstar.studio.browser" : browserId);
	}

	@Override
	public IWebBrowser createBrowser(String browserId) {
		return createBrowser(AS_EXTERNAL, browserId, null, null);
	}

	@Override
	public boolean isInternalWebBrowserAvailable() {
		return false;
	}
}
