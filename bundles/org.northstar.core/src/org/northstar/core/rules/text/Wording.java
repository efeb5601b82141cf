package org.northstar.core.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.northstar.model.NamedElement;

/**
 * A metric's name and description read the way a strategist reads them. The
 * words before the first qualifying clause ("who", "per", "in", ...) say WHAT
 * is counted; the clauses narrow it down. "Messages sent" counts messages;
 * "messages sent in connected teams" counts only those that show value, so a
 * vanity term in it is no longer vanity.
 */
public final class Wording {

	private final Vocabulary vocabulary;
	private final List<List<String>> parts = new ArrayList<>();
	/** Where each part's first clause starts (its size when it has none): every term of a list asks. */
	private final int[] firstClauses;

	private Wording(Vocabulary vocabulary, String... texts) {
		this.vocabulary = vocabulary;
		for (String text : texts) {
			parts.add(Words.of(text));
		}
		firstClauses = parts.stream().mapToInt(this::firstClause).toArray();
	}

	/** Name and description together. */
	public static Wording of(NamedElement element) {
		return new Wording(Vocabulary.standard(), element.getName(), element.getDescription());
	}

	/** Free text such as a history reason. */
	public static Wording ofText(String text) {
		return new Wording(Vocabulary.standard(), text);
	}

	/** The first term of a list that names what is counted, in the name or in the description. */
	public Optional<Phrase> subject(String listKey) {
		return subject(listKey, false);
	}

	/**
	 * Like {@link #subject(String)}, but a term that a later clause narrows down
	 * does not count: a clause in the same part or in the description of a
	 * name qualifies it, a clause in the name does not qualify the description.
	 */
	public Optional<Phrase> unqualifiedSubject(String listKey) {
		return subject(listKey, true);
	}

	private Optional<Phrase> subject(String listKey, boolean unlessQualified) {
		for (Phrase term : vocabulary.phrases(listKey)) {
			for (int part = 0; part < parts.size(); part++) {
				List<String> words = parts.get(part);
				if (term.standsIn(words, firstClauses[part]) && !(unlessQualified && hasClauseFrom(part))) {
					return Optional.of(term);
				}
			}
		}
		return Optional.empty();
	}

	private boolean hasClauseFrom(int firstPart) {
		for (int part = firstPart; part < parts.size(); part++) {
			if (firstClauses[part] < parts.get(part).size()) {
				return true;
			}
		}
		return false;
	}

	/** The first term of a list found anywhere in the text. */
	public Optional<Phrase> mention(String listKey) {
		for (Phrase term : vocabulary.phrases(listKey)) {
			for (List<String> words : parts) {
				if (term.standsIn(words, words.size())) {
					return Optional.of(term);
				}
			}
		}
		return Optional.empty();
	}

	/** How many clauses narrow what is counted; a bare time window ("per week") is none. */
	public int qualifyingClauses() {
		int clauses = 0;
		for (List<String> words : parts) {
			for (int i = 0; i < words.size(); i++) {
				if (startsClause(words, i)) {
					clauses++;
				}
			}
		}
		return clauses;
	}

	private int firstClause(List<String> words) {
		for (int i = 0; i < words.size(); i++) {
			if (startsClause(words, i)) {
				return i;
			}
		}
		return words.size();
	}

	private boolean startsClause(List<String> words, int i) {
		if (!vocabulary.lists(Vocabulary.QUALIFIERS, words.get(i))) {
			return false;
		}
		boolean timeWindow = i + 1 < words.size() && vocabulary.lists(Vocabulary.TIME, words.get(i + 1));
		return !timeWindow;
	}
}
