package org.northstar.core.rules.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The words the word-based rules know, read once from the bundle's
 * {@code rules/vocabulary.properties}: one key per list, comma-separated
 * phrases. Keeping them in data lets a strategist tune the lists without
 * touching a rule.
 */
public final class Vocabulary {

	public static final String VANITY = "vanity";
	public static final String LAGGING = "lagging";
	public static final String OUTPUT = "output";
	public static final String QUALIFIERS = "qualifiers";
	public static final String TIME = "time";
	public static final String DISAPPOINTED_REASONS = "disappointed-reasons";
	public static final String GAME_PREFIX = "game.";

	private static final String LOCATION = "/rules/vocabulary.properties";
	private static final Vocabulary STANDARD = load();

	private final Map<String, List<Phrase>> lists;
	/** The one-word phrases of each list, for {@link #lists(String, String)}: rules ask it for every word. */
	private final Map<String, SingleWords> singleWords = new TreeMap<>();

	private Vocabulary(Map<String, List<Phrase>> lists) {
		this.lists = lists;
		lists.forEach((key, phrases) -> singleWords.put(key, SingleWords.of(phrases)));
	}

	public static Vocabulary standard() {
		return STANDARD;
	}

	/** The phrases under a key; a missing key is a packaging error, so it fails loudly. */
	public List<Phrase> phrases(String key) {
		List<Phrase> phrases = lists.get(key);
		if (phrases == null) {
			throw new IllegalArgumentException("vocabulary has no list '" + key + "'");
		}
		return phrases;
	}

	/** Whether a single word is on a list of single words. */
	public boolean lists(String key, String word) {
		phrases(key);
		return singleWords.get(key).contain(word);
	}

	/** A list's one-word phrases: the exact words hashed, the prefixes ("disappoint*") in a row. */
	private record SingleWords(Set<String> exact, List<String> prefixes) {

		static SingleWords of(List<Phrase> phrases) {
			Set<String> exact = new HashSet<>();
			List<String> prefixes = new ArrayList<>();
			for (Phrase phrase : phrases) {
				if (phrase.words().size() == 1) {
					(phrase.prefix() ? prefixes : exact).add(phrase.words().get(0));
				}
			}
			return new SingleWords(Set.copyOf(exact), List.copyOf(prefixes));
		}

		boolean contain(String word) {
			if (exact.contains(word)) {
				return true;
			}
			for (String prefix : prefixes) {
				if (word.startsWith(prefix)) {
					return true;
				}
			}
			return false;
		}
	}

	private static Vocabulary load() {
		Properties properties = new Properties();
		try (InputStream in = Vocabulary.class.getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new IllegalStateException("the rules vocabulary " + LOCATION + " is not packaged");
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, List<Phrase>> lists = new TreeMap<>();
		for (String key : properties.stringPropertyNames()) {
			List<Phrase> phrases = new ArrayList<>();
			for (String text : properties.getProperty(key).split(",")) {
				if (!text.isBlank()) {
					phrases.add(Phrase.parse(text));
				}
			}
			lists.put(key, List.copyOf(phrases));
		}
		return new Vocabulary(lists);
	}
}
