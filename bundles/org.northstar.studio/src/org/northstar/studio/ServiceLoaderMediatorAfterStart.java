package org.northstar.studio;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Starts SPI Fly, OSGi's ServiceLoader mediator, some seconds after the workbench window is up rather than before
 * it. Its activator reads the headers of every bundle, localized, opening every plug-in's jar (0.3-0.4 s of CPU on
 * the thread whose start levels the workbench waits for; right after the window it slowed the opening of the first
 * model by as much), and what needs it comes later: the help server's logging (SLF4J finding slf4j.simple, the JSP
 * compiler's logger) and the SVG library's logger. Help opened before it runs only logs through SLF4J's fallback.
 * Started transiently, so that the next start defers it again; the product starts it at no start level.
 */
public class ServiceLoaderMediatorAfterStart implements IStartup {

	static final String MEDIATOR = "org.apache.aries.spifly.dynamic.bundle";

	/** After the first model opens and the first build runs (2-3 s after the window on a quiet 2-core machine). */
	private static final long DELAY_MILLIS = 10_000;

	@Override
	public void earlyStartup() {
		Job start = Job.create("Starting the ServiceLoader mediator", monitor -> {
			start();
			return Status.OK_STATUS;
		});
		start.setSystem(true);
		start.setPriority(Job.DECORATE);
		start.schedule(DELAY_MILLIS);
	}

	private void start() {
		Bundle mediator = Platform.getBundle(MEDIATOR);
		if (mediator == null || mediator.getState() == Bundle.ACTIVE) {
			return;
		}
		try {
			mediator.start(Bundle.START_TRANSIENT);
		} catch (BundleException e) {
			Platform.getLog(getClass()).log(Status.warning("Cannot start the ServiceLoader mediator " + MEDIATOR
					+ "; the help server logs through SLF4J's fallback instead", e));
		}
	}
}
