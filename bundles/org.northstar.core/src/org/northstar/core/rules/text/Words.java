package org.northstar.core.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns names and descriptions into comparable words: CamelCase names are
 * split ("PaidOnTime" reads "paid on time"), case and punctuation go, and a
 * plural "s" is dropped so that "sign-ups" and "sign-up", "installs" and
 * "install" are the same word to a vocabulary.
 */
public final class Words {

	private Words() {
	}

	/** The normalised words of a text; empty for null. */
	public static List<String> of(String text) {
		List<String> words = new ArrayList<>();
		for (String raw : split(text)) {
			words.add(normalise(raw));
		}
		return words;
	}

	/** How many words a reader has to take in: the text as written, names split. */
	public static int count(String text) {
		return split(text).size();
	}

	// By hand, not by two regular expressions: the rules split every name and description of a
	// workspace several times, and the expressions were a sixth of validating 100k metrics.
	private static List<String> split(String text) {
		List<String> raw = new ArrayList<>();
		if (text == null) {
			return raw;
		}
		int start = -1;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			if (!isWordCharacter(text.codePointAt(i))) {
				if (start >= 0) {
					raw.add(text.substring(start, i));
					start = -1;
				}
			} else if (start < 0) {
				start = i;
			} else if (startsCamelCaseWord(text, i)) {
				raw.add(text.substring(start, i));
				start = i;
			}
		}
		if (start >= 0) {
			raw.add(text.substring(start));
		}
		return raw;
	}

	/** Letters and digits of any script. */
	private static boolean isWordCharacter(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
			default -> Character.isLetter(codePoint);
		};
	}

	/** A capital inside a word that begins a new one: "paid|On", "Step2|Go", "HTTP|Server". */
	private static boolean startsCamelCaseWord(String text, int i) {
		char before = text.charAt(i - 1);
		if (!isCapital(text.charAt(i))) {
			return false;
		}
		if (before >= 'a' && before <= 'z' || before >= '0' && before <= '9') {
			return true;
		}
		return isCapital(before) && i + 1 < text.length() && text.charAt(i + 1) >= 'a' && text.charAt(i + 1) <= 'z';
	}

	private static boolean isCapital(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static String normalise(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		boolean plural = lower.length() > 3 && lower.endsWith("s")
				&& !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is");
		return plural ? lower.substring(0, lower.length() - 1) : lower;
	}
}
