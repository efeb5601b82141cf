package org.northstar.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio's editor runs the server in the studio's own process, which the client's exit must not end. */
class InProcessLifecycleTest {

	@TempDir
	Path project;

	@Test
	void exitLetsTheClientGoAndLeavesTheProcessRunning() {
		ServerSession session = ServerSession.start(project, "demo.northstar", Models.PRODUCT);
		ServerSession.join(session.server.shutdown());
		// Xtext's default handler calls System.exit here, which would end the test run with a crash
		assertDoesNotThrow(session.server::exit);
	}
}
