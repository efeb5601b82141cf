package org.northstar.core.check;

import org.eclipse.emf.common.util.URI;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;

/**
 * One problem of one model, as every host shows it. {@code line} and
 * {@code column} count from 1; {@code offset} and {@code length} count
 * characters of the decoded text from 0 (what an editor's document uses).
 * {@code ruleId} is the rule id of the catalog ({@code syntax} for parser
 * errors and for files that are not text, {@link RuleIds#INTERNAL_ERROR} for a file
 * North Star failed on); {@code element} is the qualified
 * name of the model element concerned, or null. {@code severity} is never
 * {@link Severity#OFF}.
 */
public record Problem(URI uri, int line, int column, int offset, int length, Severity severity, String ruleId,
		String message, String element) {

	/** A problem with a whole file that never reached the parser, placed at its start. */
	static Problem ofWholeFile(URI uri, String message) {
		return ofWholeFile(uri, RuleIds.SYNTAX, message);
	}

	static Problem ofWholeFile(URI uri, String ruleId, String message) {
		return new Problem(uri, 1, 1, 0, 0, Severity.ERROR, ruleId, message, null);
	}

	/** What the file gets when checking it failed, named by the failure (never a stack trace). */
	static Problem ofFailure(URI uri, Throwable failure) {
		return ofWholeFile(uri, RuleIds.INTERNAL_ERROR, "North Star failed on this file (" + failure.getClass().getSimpleName()
				+ (failure.getMessage() == null ? "" : ": " + failure.getMessage())
				+ "); the other files were checked. Please report it with this file.");
	}
}
