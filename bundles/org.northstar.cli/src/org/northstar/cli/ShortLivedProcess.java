package org.northstar.cli;

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
	}

	private static void setUnlessGiven(String key, String value) {
		if (System.getProperty(key) == null) {
			System.setProperty(key, value);
		}
	}
}
