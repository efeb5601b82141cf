package org.northstar.cli;

import org.northstar.core.check.Problem;
import org.northstar.core.rules.Severity;

/**
 * One reported problem, as every output format prints it: the core's
 * {@link Problem} with the file's path as the user wrote it. Lines and
 * columns count from 1; {@code element} is the qualified name of the model
 * element or null.
 */
record Finding(String file, int line, int column, Severity severity, String rule, String message, String element) {

	/** The rule id under which a file that could not be read is reported (not a rule of the catalog). */
	static final String UNREADABLE = "unreadable";

	static Finding unreadable(String file, String message) {
		return new Finding(file, 1, 1, Severity.ERROR, UNREADABLE, "The file " + message, null);
	}

	static Finding of(String file, Problem problem) {
		return new Finding(file, problem.line(), problem.column(), problem.severity(), problem.ruleId(),
				problem.message(), problem.element());
	}
}
