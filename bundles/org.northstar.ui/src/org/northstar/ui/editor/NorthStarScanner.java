package org.northstar.ui.editor;

import java.util.List;

import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.northstar.ui.preferences.EditorPreferences;

/**
 * Lexical colours of the language: keywords, the words of its enumerations, strings, comments, numbers
 * and dates. Instant and independent of the server; names get their colours from semantic tokens.
 */
final class NorthStarScanner extends RuleBasedScanner {

	static final List<String> KEYWORDS = List.of("package", "import", "team", "lead", "members", "product", "value",
			"pmf", "game", "secondary", "review", "northstar", "unit", "window", "formula", "scores", "target", "by",
			"history", "reason", "candidate", "input", "dimension", "owner", "relation", "overlaps", "lag", "query",
			"direction", "guardrail", "threshold", "kpi", "follows", "workstream", "targets", "hypothesis",
			"experiment", "data", "csv", "jdbc");

	static final List<String> VALUE_WORDS = List.of("attention", "transaction", "productivity", "daily", "weekly",
			"monthly", "quarterly", "yearly", "higher", "lower", "breadth", "depth", "frequency", "efficiency",
			"additive", "multiplicative", "correlated", "selected", "rejected", "vision", "leading", "actionable",
			"understandable", "measurable", "notVanity");

	NorthStarScanner(SyntaxStyles styles) {
		WordRule words = new WordRule(new Identifiers());
		KEYWORDS.forEach(word -> words.addWord(word, styles.token(EditorPreferences.COLOR_KEYWORD)));
		VALUE_WORDS.forEach(word -> words.addWord(word, styles.token(EditorPreferences.COLOR_VALUE_WORD)));
		setRules(new IRule[] { new EndOfLineRule("//", styles.token(EditorPreferences.COLOR_COMMENT)),
				new MultiLineRule("/*", "*/", styles.token(EditorPreferences.COLOR_COMMENT)),
				new SingleLineRule("\"", "\"", styles.token(EditorPreferences.COLOR_STRING), '\\'),
				new DateRule(styles.token(EditorPreferences.COLOR_DATE)),
				new NumberRule(styles.token(EditorPreferences.COLOR_NUMBER)), words,
				new WhitespaceRule(Character::isWhitespace) });
	}

	/** Words as the grammar's ID sees them; the rule colours only the listed ones. */
	private static final class Identifiers implements IWordDetector {
		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c) || c == '_' || c == '^';
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_';
		}
	}
}
