package org.northstar.cli;

import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;

/**
 * The libraries' settings for a process that lives about a second, as the command line's usually does.
 * They are read when the libraries first load, so they are set by the process's entry points
 * ({@link Main#main}, {@link StartupTraining}, whose class cache must see the same classes), never by
 * {@link Main#run}, which hosts such as the tests call among other work. A value given with {@code -D} wins.
 */
final class ShortLivedProcess {

	private ShortLivedProcess() {
	}

	static void configure() {
		// Guice writes a class per injected type to construct it faster than reflection does: for the few
		// hundred objects a command makes, writing them costs more than it saves (a sixth of a validate's
		// start), and classes written at run time cannot come from the class cache.
		setUnlessGiven("guice_bytecode_gen_option", "DISABLED");
		// log4j 1 parses the log4j.properties in Xtext's jar at first use, though Main turns all logging off.
		setUnlessGiven("log4j.defaultInitOverride", "true");
		silenceLibraryLogging();
	}

	/**
	 * Xtext and EMF log through log4j; the command line speaks for itself on stdout and stderr. The
	 * threshold is set on the whole repository because Xtext's jar ships a log4j.properties that gives
	 * org.eclipse.xtext a level of its own, which a quiet root logger alone would not silence (and
	 * log4j would then warn about missing appenders). For {@code lsp} a stray line on stdout would
	 * break the protocol. The process's, not {@link Main#run}'s: a host that runs commands among other
	 * work (the workbench's tests) keeps its own logging.
	 */
	private static void silenceLibraryLogging() {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.setLevel(Level.OFF);
		LogManager.getLoggerRepository().setThreshold(Level.OFF);
	}

	private static void setUnlessGiven(String key, String value) {
		if (System.getProperty(key) == null) {
			System.setProperty(key, value);
		}
	}
}
