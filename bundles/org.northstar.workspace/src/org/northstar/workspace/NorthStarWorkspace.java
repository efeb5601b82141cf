package org.northstar.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.northstar.core.check.LanguageSession;
import org.northstar.dsl.ide.NorthStarIdeSetup;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Owns the workspace's one language session (the injector and the index that the builder, the language
 * server, the diagram and the dashboard share), started on first use. Headless on purpose: a workspace
 * without a workbench builds its projects with the same session; the workbench adds what it knows (the
 * live figures the data rules judge) through {@link #whenSessionStarts}.
 */
public class NorthStarWorkspace implements BundleActivator {

	public static final String ID = "org.northstar.workspace";

	private static NorthStarWorkspace running;

	private LanguageSession session;

	private final List<Consumer<LanguageSession>> starters = new ArrayList<>();

	@Override
	public void start(BundleContext context) {
		// before the session's first parse: Xtext logs from its first use on
		LibraryLogToPlatformLog.install(Platform.getLog(context.getBundle()));
		running = this;
	}

	@Override
	public void stop(BundleContext context) {
		running = null;
		LibraryLogToPlatformLog.uninstall();
	}

	/** The workspace's language session, started on first use (on the caller's thread) with the editor services. */
	public static LanguageSession session() {
		NorthStarWorkspace workspace = running();
		synchronized (workspace) {
			if (workspace.session == null) {
				workspace.session = LanguageSession.start(new NorthStarIdeSetup());
				workspace.starters.forEach(starter -> starter.accept(workspace.session));
			}
			return workspace.session;
		}
	}

	/** Runs {@code starter} on the session when it starts, or at once when it has started. */
	public static void whenSessionStarts(Consumer<LanguageSession> starter) {
		NorthStarWorkspace workspace = running();
		synchronized (workspace) {
			workspace.starters.add(starter);
			if (workspace.session != null) {
				starter.accept(workspace.session);
			}
		}
	}

	private static NorthStarWorkspace running() {
		NorthStarWorkspace workspace = running;
		if (workspace == null) {
			throw new IllegalStateException("The North Star workspace bundle is not running.");
		}
		return workspace;
	}
}
