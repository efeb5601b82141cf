package org.northstar.core.report;

/** An export that cannot be made as asked; the message says why and what to do, for the user. */
public final class ExportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ExportException(String message) {
		super(message);
	}
}
