package org.northstar.scene.report;

/**
 * An export that cannot be made as asked; the message says why and what to do, for the user. A host
 * that names the destination its own way (the command line's --out) words the two choices of
 * destination itself, from the reason and the count.
 */
public final class ExportException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why, where a host may say it in its own words. */
	public enum Reason {
		/** A slide of several products asked for as one file; {@link #count()} products. */
		SLIDE_OF_SEVERAL_PRODUCTS,
		/** Several models and no destination; {@link #count()} models. */
		SEVERAL_MODELS_WITHOUT_DESTINATION,
		OTHER
	}

	private final Reason reason;
	private final int count;

	public ExportException(String message) {
		this(message, Reason.OTHER, 0);
	}

	ExportException(String message, Reason reason, int count) {
		super(message);
		this.reason = reason;
		this.count = count;
	}

	public Reason reason() {
		return reason;
	}

	public int count() {
		return count;
	}
}
