package org.northstar.cli;

/** Trouble with what the user asked for (a missing path, a bad option value): exit code 2, one line. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
