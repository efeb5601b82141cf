package org.northstar.cli;

/**
 * One reported problem, as every output format prints it. Lines and columns
 * count from 1; {@code element} is the qualified name of the model element or null.
 */
record Finding(String file, int line, int column, Severity severity, String rule, String message, String element) {

	enum Severity {
		ERROR, WARNING, INFO;

		String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}
}
