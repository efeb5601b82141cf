package org.northstar.metrics.data;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code ${env:NAME}} in a connection's URL, user or password by the variable's value. */
final class Placeholders {

	private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)\\}");

	private Placeholders() {
	}

	/**
	 * {@code text} with every placeholder replaced; each value brought in is added to {@code secrets}.
	 * Variables that are not set are added to {@code missing} and left in place.
	 */
	static String resolve(String text, UnaryOperator<String> environment, Secrets secrets, Set<String> missing) {
		if (text == null) {
			return null;
		}
		Matcher matcher = ENV.matcher(text);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			String value = environment.apply(matcher.group(1));
			if (value == null) {
				missing.add(matcher.group(1));
				matcher.appendReplacement(resolved, Matcher.quoteReplacement(matcher.group()));
			} else {
				secrets.add(value);
				matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
			}
		}
		matcher.appendTail(resolved);
		return resolved.toString();
	}

	static Set<String> newMissing() {
		return new LinkedHashSet<>();
	}
}
