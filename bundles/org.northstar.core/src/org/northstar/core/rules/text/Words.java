package org.northstar.core.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns names and descriptions into comparable words: CamelCase names are
 * split ("PaidOnTime" reads "paid on time"), case and punctuation go, and a
 * plural "s" is dropped so that "sign-ups" and "sign-up", "installs" and
 * "install" are the same word to a vocabulary.
 */
public final class Words {

	private static final Pattern CAMEL_CASE = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

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

	private static List<String> split(String text) {
		List<String> raw = new ArrayList<>();
		if (text == null) {
			return raw;
		}
		for (String word : NOT_A_WORD.split(CAMEL_CASE.matcher(text).replaceAll(" "))) {
			if (!word.isEmpty()) {
				raw.add(word);
			}
		}
		return raw;
	}

	private static String normalise(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		boolean plural = lower.length() > 3 && lower.endsWith("s")
				&& !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is");
		return plural ? lower.substring(0, lower.length() - 1) : lower;
	}
}
