package org.northstar.cli;

import java.io.Console;

/**
 * Colours only when a person reads the output on a terminal: never when it is piped or
 * redirected, never with {@code NO_COLOR} set or {@code TERM=dumb}.
 */
final class Terminal {

	static final String GREEN = "\u001b[32m";
	static final String YELLOW = "\u001b[33m";
	static final String RED = "\u001b[31m";
	static final String DIM = "\u001b[2m";
	static final String BOLD = "\u001b[1m";
	static final String RESET = "\u001b[0m";

	private final boolean colours;

	Terminal(boolean colours) {
		this.colours = colours;
	}

	/** Whether standard output is a terminal that shows colours. */
	static Terminal detect() {
		String term = System.getenv("TERM");
		boolean wanted = System.getenv("NO_COLOR") == null && term != null && !term.equals("dumb");
		return new Terminal(wanted && isTerminal(System.console()));
	}

	/**
	 * Since Java 22 a console exists even when output is redirected, and only its
	 * {@code isTerminal()} tells; on Java 21 a console exists only on a terminal.
	 */
	private static boolean isTerminal(Console console) {
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true;
		}
	}

	String paint(String text, String colour) {
		return colours && colour != null ? colour + text + RESET : text;
	}
}
