package org.northstar.testing;

import org.northstar.core.check.LanguageSession;
import org.northstar.dsl.ide.NorthStarIdeSetup;

/**
 * The language session of a test run (with the editor services), started on first use: what a host
 * makes once per process. Tests that need a session of their own start one with
 * {@link LanguageSession#start}.
 */
public final class TestSession {

	private static LanguageSession session;

	private TestSession() {
	}

	public static synchronized LanguageSession get() {
		if (session == null) {
			session = LanguageSession.start(new NorthStarIdeSetup());
		} else {
			// Xtext's test extension puts EMF's global registries back as they were after each test that
			// uses it (see NorthStarInjectorProvider), which drops the session's registration when the
			// session was started inside such a test; a host's session is never undone like that.
			new NorthStarIdeSetup().register(session.injector());
		}
		return session;
	}
}
