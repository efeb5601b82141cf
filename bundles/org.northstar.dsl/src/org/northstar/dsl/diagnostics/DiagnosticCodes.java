package org.northstar.dsl.diagnostics;

/** Issue codes that the parser and the linker give, shared with the rule catalog. */
public final class DiagnosticCodes {

	/** The parser's errors: the text is not a sentence of the language. */
	public static final String SYNTAX = "syntax";

	/** A name (owner, targets, follows, overlaps, formula term, history) that links to nothing. */
	public static final String UNRESOLVED_REFERENCE = "unresolved-reference";

	/** North Star itself failed on one file (a bug of ours, not the model's); the other files are still checked. */
	public static final String INTERNAL_ERROR = "internal-error";

	private DiagnosticCodes() {
	}
}
