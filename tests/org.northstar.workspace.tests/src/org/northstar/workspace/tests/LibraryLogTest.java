package org.northstar.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.log4j.Logger;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.northstar.workspace.NorthStarWorkspace;

/** What Xtext logs through log4j reaches the platform's log, warnings and errors only. */
class LibraryLogTest {

	private final List<IStatus> logged = new CopyOnWriteArrayList<>();

	private final ILogListener listener = (status, plugin) -> logged.add(status);

	@BeforeEach
	void listen() {
		NorthStarWorkspace.session();
		Platform.addLogListener(listener);
	}

	@AfterEach
	void stopListening() {
		Platform.removeLogListener(listener);
	}

	@Test
	void anErrorOfXtextIsLoggedWithItsCause() throws IOException {
		// a lazy link's fragment naming no feature: Xtext logs the failure, then throws it wrapped
		Resource resource = parse("product P { core value \"v\" game productivity }");
		WrappedException thrown = assertThrows(WrappedException.class,
				() -> resource.getEObject("|99999"));

		IStatus status = onlyLogged();
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertEquals(NorthStarWorkspace.ID, status.getPlugin());
		assertTrue(status.getMessage().contains("'|99999'"), status.getMessage());
		assertTrue(status.getMessage().contains("org.eclipse.xtext.linking.lazy.LazyLinkingResource"), status.getMessage());
		assertEquals(thrown.getCause(), status.getException());
	}

	@Test
	void warningsAreLoggedAndLessIsNot() {
		Logger library = Logger.getLogger("org.eclipse.xtext.example");
		library.debug("debugging");
		library.info("for information");
		library.warn("a warning");

		IStatus status = onlyLogged();
		assertEquals(IStatus.WARNING, status.getSeverity());
		assertEquals("a warning (org.eclipse.xtext.example)", status.getMessage());
	}

	private IStatus onlyLogged() {
		assertEquals(1, logged.size(), () -> "logged: " + logged);
		return logged.get(0);
	}

	private static Resource parse(String text) throws IOException {
		ResourceSet resources = NorthStarWorkspace.session().get(XtextResourceSet.class);
		Resource resource = resources.createResource(URI.createURI("memory:/log-test.northstar"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		assertInstanceOf(org.eclipse.xtext.resource.XtextResource.class, resource);
		return resource;
	}
}
