package org.northstar.studio;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.northstar.core.io.AtomicFiles;

/**
 * When the studio is started with {@code -Dnorthstar.startup.report=FILE}, writes into FILE how many
 * milliseconds after the JVM's start the workbench first took input with its model open: the UI
 * thread runs what it is handed once the window and the editor are up and its queue is empty.
 * {@code ./northstar bench} starts the packaged studio this way to measure its start-up; without the
 * property nothing happens.
 */
final class StartupReport {

	static final String PROPERTY = "northstar.startup.report";

	private StartupReport() {
	}

	/** Hands the UI thread the report; it is written when the thread gets to it. */
	static void whenIdle(Display display) {
		String file = System.getProperty(PROPERTY);
		if (file == null || display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> write(Path.of(file)));
	}

	private static void write(Path file) {
		long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		try {
			AtomicFiles.write(file, (millis + "\n").getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			Platform.getLog(StartupReport.class).warn("Cannot write the start-up report " + file, e);
		}
	}
}
