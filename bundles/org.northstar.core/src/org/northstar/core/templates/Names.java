package org.northstar.core.templates;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.northstar.dsl.parser.antlr.internal.InternalNorthStarParser;

/** What the wizards accept as names, and the package a project's models get. */
public final class Names {

	/** The grammar's words, from the generated parser's tokens (a keyword's token is named by its text in quotes). */
	private static final Set<String> KEYWORDS = Arrays.stream(InternalNorthStarParser.tokenNames)
			.filter(token -> token.matches("'[A-Za-z_][A-Za-z0-9_]*'")).map(token -> token.substring(1, token.length() - 1))
			.collect(Collectors.toUnmodifiableSet());

	private Names() {
	}

	/** Why {@code name} cannot name a product, or null when it can. */
	public static String problemWithName(String name) {
		if (name == null || name.isBlank()) {
			return "Enter a name.";
		}
		if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			return "A name starts with a letter and holds only letters, digits and underscores (no spaces): e.g. "
					+ suggest(name) + ".";
		}
		if (KEYWORDS.contains(name)) {
			return "'" + name + "' is a word of the language; choose another name.";
		}
		return null;
	}

	/** A package for a project's models: its name in lower case, made of words the language accepts. */
	public static String packageFor(String projectName) {
		StringBuilder pkg = new StringBuilder();
		for (String segment : projectName.toLowerCase(Locale.ROOT).split("[^a-z0-9_]+")) {
			if (segment.isEmpty()) {
				continue;
			}
			String word = Character.isDigit(segment.charAt(0)) ? "p" + segment : segment;
			pkg.append(pkg.isEmpty() ? "" : ".").append(KEYWORDS.contains(word) ? word + "_" : word);
		}
		return pkg.isEmpty() ? "models" : pkg.toString();
	}

	/** A name made from free text: words joined in CamelCase. */
	public static String suggest(String text) {
		StringBuilder name = new StringBuilder();
		for (String word : text.split("[^A-Za-z0-9]+")) {
			if (!word.isEmpty()) {
				name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		String result = name.isEmpty() || Character.isDigit(name.charAt(0)) ? "Product" + name : name.toString();
		return KEYWORDS.contains(result) ? result + "_" : result;
	}
}
