package org.northstar.workspace;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Hands what Xtext and EMF log through log4j 1 at warning level and above to the platform's log, where
 * the studio's own problems go (the workspace's {@code .metadata/.log}). Left unconfigured, log4j
 * printed "No appenders could be found" on the console at every start of the studio and dropped every
 * error it was given: the configuration in Xtext's jar is invisible to log4j's bundle inside OSGi.
 * Headless: a workspace build without a workbench logs the same way.
 */
final class LibraryLogToPlatformLog extends AppenderSkeleton {

	private static final String NAME = "northstar-platform-log";

	private final ILog log;

	private LibraryLogToPlatformLog(ILog log) {
		this.log = log;
		setName(NAME);
	}

	/** Makes {@code log} the one destination of the libraries' warnings and errors (once per process). */
	static void install(ILog log) {
		Logger root = Logger.getRootLogger();
		synchronized (root) {
			if (root.getAppender(NAME) != null) {
				return;
			}
			root.removeAllAppenders();
			root.addAppender(new LibraryLogToPlatformLog(log));
			root.setLevel(Level.WARN);
			// below warnings no event is made at all, whatever level a library gives its own loggers
			LogManager.getLoggerRepository().setThreshold(Level.WARN);
		}
	}

	/** Stops sending to the platform's log, when the bundle stops (its log is gone with it). */
	static void uninstall() {
		Logger.getRootLogger().removeAppender(NAME);
	}

	@Override
	protected void append(LoggingEvent event) {
		ThrowableInformation thrown = event.getThrowableInformation();
		log.log(new Status(severity(event.getLevel()), NorthStarWorkspace.ID,
				event.getRenderedMessage() + " (" + event.getLoggerName() + ")",
				thrown == null ? null : thrown.getThrowable()));
	}

	private static int severity(Level level) {
		if (level.isGreaterOrEqual(Level.ERROR)) {
			return IStatus.ERROR;
		}
		return level.isGreaterOrEqual(Level.WARN) ? IStatus.WARNING : IStatus.INFO;
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}

	@Override
	public void close() {
		closed = true;
	}
}
