package org.northstar.core.rules.text;

import java.util.List;

/**
 * A term of the vocabulary, one or more words. A trailing {@code *} makes the
 * last word a prefix ("disappoint*" matches "disappointed", "disappointing").
 */
public record Phrase(String text, List<String> words, boolean prefix) {

	public static Phrase parse(String text) {
		String trimmed = text.trim();
		boolean prefix = trimmed.endsWith("*");
		return new Phrase(trimmed, Words.of(trimmed), prefix);
	}

	/** Whether the phrase stands in {@code words} starting at {@code start}. */
	public boolean standsAt(List<String> words, int start) {
		if (this.words.isEmpty() || start + this.words.size() > words.size()) {
			return false;
		}
		int last = this.words.size() - 1;
		for (int i = 0; i <= last; i++) {
			String expected = this.words.get(i);
			String actual = words.get(start + i);
			boolean same = prefix && i == last ? actual.startsWith(expected) : actual.equals(expected);
			if (!same) {
				return false;
			}
		}
		return true;
	}

	/** Whether the phrase stands anywhere in {@code words} before {@code end}. */
	public boolean standsIn(List<String> words, int end) {
		for (int start = 0; start + this.words.size() <= end; start++) {
			if (standsAt(words, start)) {
				return true;
			}
		}
		return false;
	}
}
