package org.northstar.dsl.parser;

/**
 * How deep and how long a model may be before it is read at all. The parser, the linker, EMF's
 * validation and Xtext's formatter all recurse once per level of a model's tree, on threads with a
 * stack of a megabyte or less, so a file nested some thousands deep (inputs in inputs, parentheses,
 * minus signs) or a formula of some thousands of terms (a tree as deep as it is long) overflowed
 * the stack somewhere. A quick scan of the text finds such places first, so that they become one
 * clear syntax error instead. The limits are far beyond what people write and well within what the
 * code handles on half a megabyte of stack.
 */
public final class StructureLimits {

	/** Braces, parentheses and minus signs open at one place. */
	public static final int MAX_NESTING = 100;

	/** Terms of one formula (binary operators plus one). */
	public static final int MAX_FORMULA_TERMS = 1000;

	/** Where the text goes beyond a limit, and what to tell the user. */
	public record Violation(int offset, String message) {
	}

	private final CharSequence text;
	private int position;
	private int nesting;
	private int minusSigns;
	private int operators;
	private boolean operandExpected = true;

	private StructureLimits(CharSequence text) {
		this.text = text;
	}

	/** The first place where the text goes beyond a limit, or null. Strings and comments are skipped. */
	public static Violation check(CharSequence text) {
		return new StructureLimits(text).scan();
	}

	private Violation scan() {
		while (position < text.length()) {
			char c = text.charAt(position);
			int start = position;
			if (c == '/' && next('/')) {
				skipLine();
			} else if (c == '/' && next('*')) {
				skipBlockComment();
			} else if (c == '"' || c == '\'') {
				skipString(c);
				operand();
			} else if (Character.isWhitespace(c)) {
				position++;
			} else if (c == '{' || c == '(') {
				position++;
				nesting++;
				if (c == '{') {
					newClause();
				}
				operandExpected = true;
				if (nesting + minusSigns > MAX_NESTING) {
					return tooDeep(start);
				}
			} else if (c == '}' || c == ')') {
				position++;
				nesting = Math.max(0, nesting - 1);
				if (c == '}') {
					newClause();
				}
				operandExpected = false;
			} else if (c == '-' && operandExpected) {
				position++;
				minusSigns++;
				if (nesting + minusSigns > MAX_NESTING) {
					return tooDeep(start);
				}
			} else if (c == '+' || c == '-' || c == '*' || c == '/') {
				position++;
				operators++;
				operandExpected = true;
				if (operators + 1 > MAX_FORMULA_TERMS) {
					return new Violation(start, "This formula has more than " + MAX_FORMULA_TERMS
							+ " terms, more than North Star reads. Split it: give parts of it their own metrics with their own formulas.");
				}
			} else if (c == ',') {
				position++;
				newClause();
			} else {
				skipWord();
				operand();
			}
		}
		return null;
	}

	/** Two operands in a row (a keyword and its value, the end of one formula and the next clause) start a new clause. */
	private void operand() {
		if (!operandExpected) {
			newClause();
		}
		operandExpected = false;
	}

	private void newClause() {
		operators = 0;
		minusSigns = 0;
		operandExpected = true;
	}

	private Violation tooDeep(int offset) {
		return new Violation(offset, "Nesting too deep: more than " + MAX_NESTING
				+ " levels of braces, parentheses and minus signs are open here, more than North Star reads. Flatten the inputs or the formula.");
	}

	private boolean next(char c) {
		return position + 1 < text.length() && text.charAt(position + 1) == c;
	}

	private void skipLine() {
		while (position < text.length() && text.charAt(position) != '\n' && text.charAt(position) != '\r') {
			position++;
		}
	}

	private void skipBlockComment() {
		position += 2;
		while (position < text.length() && !(text.charAt(position) == '*' && next('/'))) {
			position++;
		}
		position = Math.min(text.length(), position + 2);
	}

	private void skipString(char quote) {
		position++;
		while (position < text.length() && text.charAt(position) != quote) {
			position += text.charAt(position) == '\\' ? 2 : 1;
		}
		position = Math.min(text.length(), position + 1);
	}

	/** A name, a keyword, a number or any other character that is none of the above. */
	private void skipWord() {
		int start = position;
		while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_'
				|| text.charAt(position) == '.' || text.charAt(position) == '^')) {
			position++;
		}
		if (position == start) {
			position++;
		}
	}
}
