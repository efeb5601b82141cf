package org.northstar.ui;

import org.northstar.core.check.LanguageSession;
import org.northstar.core.rules.RuleData;
import org.northstar.dsl.ide.NorthStarIdeSetup;
import org.northstar.ui.figures.FiguresForRules;
import org.northstar.ui.figures.LiveFigures;
import org.northstar.ui.lsp.LanguageServerConnection;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Owns the workbench's one language session (the injector and the index that the builder, the
 * language server and the diagram share) and stops the language server with the workbench. A plain
 * OSGi activator on purpose: the builder runs headless (CLI-like tests, servers), where activating
 * the workbench's plug-in classes would fail.
 */
public class NorthStarUiPlugin implements BundleActivator {

	public static final String ID = "org.northstar.ui";

	private static NorthStarUiPlugin running;

	private LanguageSession session;

	private LiveFigures figures;

	@Override
	public void start(BundleContext context) {
		// nothing starts eagerly: the session starts with its first user, the server with the first editor
		running = this;
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

	/** The workbench's language session, started on first use (on the caller's thread). */
	public static LanguageSession session() {
		NorthStarUiPlugin plugin = running();
		synchronized (plugin) {
			if (plugin.session == null) {
				plugin.session = LanguageSession.start(new NorthStarIdeSetup());
				// the rules over data judge what the live figures loaded, in every validation of the session
				plugin.session.get(RuleData.class).provide(new FiguresForRules(NorthStarUiPlugin::figures));
			}
			return plugin.session;
		}
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
