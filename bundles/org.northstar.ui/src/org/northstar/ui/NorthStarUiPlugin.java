package org.northstar.ui;

import org.northstar.ui.lsp.LanguageServerConnection;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Stops the language server with the workbench. A plain OSGi activator on purpose: the builder runs
 * headless (CLI-like tests, servers), where activating the workbench's plug-in classes would fail.
 */
public class NorthStarUiPlugin implements BundleActivator {

	public static final String ID = "org.northstar.ui";

	@Override
	public void start(BundleContext context) {
		// nothing starts eagerly: the server starts with the first editor
	}

	@Override
	public void stop(BundleContext context) {
		LanguageServerConnection.shutdownIfRunning();
	}
}
