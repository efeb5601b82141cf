package org.northstar.core.rules;

/**
 * One anti-pattern of the North Star framework. The id is the issue code in
 * every client (editor, language server, CLI, diagram, reports) and the key of
 * profile files and ignore comments, so it never changes once published.
 */
public interface Rule {

	/** Stable kebab-case id, e.g. {@code vanity-north-star}. */
	String id();

	/** Severity when no profile says otherwise. */
	Severity defaultSeverity();

	/** One line, for lists and hovers. */
	String title();

	/** A paragraph on why the pattern hurts, for help pages and hovers. */
	String why();
}
