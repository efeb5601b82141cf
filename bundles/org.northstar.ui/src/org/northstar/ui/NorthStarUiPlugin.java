package org.northstar.ui;

import org.northstar.core.check.LanguageSession;
import org.northstar.core.rules.RuleData;
import org.northstar.ui.figures.FiguresForRules;
import org.northstar.ui.figures.LiveFigures;
import org.northstar.ui.lsp.LanguageServerConnection;
import org.northstar.workspace.NorthStarWorkspace;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Gives the workspace's one language session ({@link NorthStarWorkspace}, shared with the headless
 * builder) the workbench's live figures for the data rules, owns those figures and stops the language
 * server with the workbench. A plain OSGi activator, as the workspace's.
 */
public class NorthStarUiPlugin implements BundleActivator {

	public static final String ID = "org.northstar.ui";

	private static NorthStarUiPlugin running;

	private LiveFigures figures;

	@Override
	public void start(BundleContext context) {
		// nothing starts eagerly: the session starts with its first user, the server with the first editor
		running = this;
		// the rules over data judge what the live figures loaded, in every validation of the session
		NorthStarWorkspace.whenSessionStarts(session -> session.get(RuleData.class).provide(new FiguresForRules(NorthStarUiPlugin::figures)));
		// Exports and their previews draw with Java2D into images and never open an AWT window; without
		// headless mode AWT would open a toolkit of its own on the display beside SWT's GTK.
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	@Override
	public void stop(BundleContext context) {
		LanguageServerConnection.shutdownIfRunning();
		synchronized (this) {
			if (figures != null) {
				figures.dispose();
				figures = null;
			}
		}
		running = null;
	}

	/** The workspace's language session, started on first use (on the caller's thread). */
	public static LanguageSession session() {
		return NorthStarWorkspace.session();
	}

	/** The workbench's live figures (one per model file, shared by the dashboard and the diagram), made on first use. */
	public static LiveFigures figures() {
		NorthStarUiPlugin plugin = running();
		synchronized (plugin) {
			if (plugin.figures == null) {
				plugin.figures = new LiveFigures();
			}
			return plugin.figures;
		}
	}

	private static NorthStarUiPlugin running() {
		NorthStarUiPlugin plugin = running;
		if (plugin == null) {
			throw new IllegalStateException("The North Star plug-in is not running.");
		}
		return plugin;
	}
}
