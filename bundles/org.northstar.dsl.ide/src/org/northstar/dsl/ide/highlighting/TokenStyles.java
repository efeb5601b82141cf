package org.northstar.dsl.ide.highlighting;

/**
 * The style ids our highlighting gives, chosen from the standard LSP semantic token types and
 * modifiers (Xtext's semantic tokens legend) so that every client's theme colours them without
 * a custom legend: a position's first id is its type, the others are modifiers.
 */
public final class TokenStyles {

	/** Metrics: the North Star, inputs, guardrails, KPIs (declarations add {@link #DECLARATION}). */
	public static final String METRIC = "variable";
	/** Teams, declared or named as owners. */
	public static final String TEAM = "type";
	/** Products and work streams: the containers of a tree. */
	public static final String CONTAINER = "class";
	/** Values of the language's enumerations: game, window, dimension, relation, direction... */
	public static final String ENUM_VALUE = "enumMember";
	/** Modifier of the name where an element is declared. */
	public static final String DECLARATION = "declaration";

	private TokenStyles() {
	}
}
