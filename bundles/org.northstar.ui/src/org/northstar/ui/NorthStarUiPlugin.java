package org.northstar.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.northstar.ui.lsp.LanguageServerConnection;
import org.osgi.framework.BundleContext;

/** The bundle's activator: owns the preference store of the editor and stops the language server with the workbench. */
public class NorthStarUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.northstar.ui";

	private static NorthStarUiPlugin instance;

	public static NorthStarUiPlugin getDefault() {
		return instance;
	}

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		LanguageServerConnection.shutdownIfRunning();
		instance = null;
		super.stop(context);
	}
}
