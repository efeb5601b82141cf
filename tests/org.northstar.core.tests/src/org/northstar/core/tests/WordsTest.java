package org.northstar.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.northstar.core.rules.text.Words;

/** Names and descriptions become the words the vocabulary rules compare. */
class WordsTest {

	@Test
	void namesAreSplitWhereTheirCapitalsBeginWords() {
		assertEquals(List.of("paid", "on", "time"), Words.of("PaidOnTime"));
		assertEquals(List.of("http", "server", "error"), Words.of("HTTPServerErrors"));
		assertEquals(List.of("step2", "go"), Words.of("step2Go"));
		assertEquals(List.of("weekly", "active", "user"), Words.of("weeklyActiveUsers"));
	}

	@Test
	void punctuationCaseAndPluralsGo() {
		assertEquals(List.of("order", "per", "week"), Words.of("  Orders, per week!"));
		assertEquals(List.of("status", "bus", "analysis", "address", "ups"), Words.of("status bus analysis address ups"));
		assertEquals(List.of(), Words.of(null));
		assertEquals(List.of(), Words.of(" -- "));
		assertEquals(2, Words.count("ÉtéCafé 𝔸lpha"), "capitals begin words after ASCII letters and digits only");
	}

	@Test
	void lettersAndDigitsOfEveryScriptAreWords() {
		assertEquals(List.of("straße", "ünïcode", "東京", "٣٤", "ⅻ"), Words.of("Straße/Ünïcode 東京 ٣٤ Ⅻ"));
		assertEquals(List.of("𝔸lpha", "bet"), Words.of("𝔸lpha·Bets"));
	}

	/**
	 * The words are those two regular expressions found before the split was written by hand (a
	 * capital after a small letter or digit, or before a capital and a small letter, begins a word;
	 * anything but letters and digits separates words), on texts of every kind of character.
	 */
	@Test
	void theWordsAreThoseOfTheRegularExpressionsTheSplitReplaced() {
		Pattern camelCase = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
		Pattern notAWord = Pattern.compile("[^\\p{L}\\p{N}]+");
		int[] alphabet = "aZbYz09 -_.,/AEéÉß東٣Ⅻ\u0301\t𝔸s".codePoints().toArray();
		Random random = new Random(42);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(16);
			for (int i = 0; i < length; i++) {
				text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
			}
			List<String> expected = new ArrayList<>();
			for (String word : notAWord.split(camelCase.matcher(text).replaceAll(" "))) {
				if (!word.isEmpty()) {
					expected.add(word);
				}
			}
			assertEquals(expected.size(), Words.count(text.toString()), text::toString);
			assertEquals(expected.stream().map(WordsTest::normalised).toList(), Words.of(text.toString()), text::toString);
		}
	}

	/** Lower case, without a plural "s" (not of "ss", "us", "is", nor of a word of three letters). */
	private static String normalised(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		boolean plural = lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
				&& !lower.endsWith("is");
		return plural ? lower.substring(0, lower.length() - 1) : lower;
	}
}
