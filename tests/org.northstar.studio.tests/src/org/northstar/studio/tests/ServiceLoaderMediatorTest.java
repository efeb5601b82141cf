package org.northstar.studio.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * SPI Fly, which this test runtime does not start at a start level (as the product does not), is started once the
 * window is up, and then does what it is there for: it registers SLF4J's provider, which the help server's Jetty
 * finds through it.
 */
class ServiceLoaderMediatorTest {

	private static final String MEDIATOR = "org.apache.aries.spifly.dynamic.bundle";

	@Test
	void theMediatorStartsAfterTheWindowAndRegistersSlf4jsProvider() {
		Bundle mediator = Platform.getBundle(MEDIATOR);
		assertNotNull(mediator, MEDIATOR + " is installed");
		Waiting.until("SPI Fly started by the studio's early start-up", Duration.ofSeconds(60),
				() -> mediator.getState() == Bundle.ACTIVE);
		assertFalse(mediator.adapt(BundleStartLevel.class).isPersistentlyStarted(),
				"started for this session by the studio, not at a start level, so that the next start defers it too");
		Waiting.until("SLF4J's provider registered by SPI Fly", Duration.ofSeconds(10),
				ServiceLoaderMediatorTest::slf4jProviderRegistered);
	}

	private static boolean slf4jProviderRegistered() {
		try {
			return FrameworkUtil.getBundle(ServiceLoaderMediatorTest.class).getBundleContext()
					.getServiceReferences("org.slf4j.spi.SLF4JServiceProvider", null) != null;
		} catch (InvalidSyntaxException e) {
			throw new AssertionError(e);
		}
	}
}
