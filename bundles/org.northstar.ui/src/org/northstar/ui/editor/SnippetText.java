package org.northstar.ui.editor;

import java.util.Map;
import java.util.TreeMap;

/**
 * An LSP snippet ({@code team ${1:Name} { lead "${2}" }$0}) as plain text plus where the caret goes: the
 * first placeholder is selected (so typing replaces it), or the caret sits at {@code $0}, or at the end.
 */
record SnippetText(String text, int selectionOffset, int selectionLength) {

	static SnippetText parse(String snippet) {
		StringBuilder text = new StringBuilder();
		Map<Integer, int[]> stops = new TreeMap<>();
		parseInto(snippet, 0, snippet.length(), text, stops);
		int[] first = stops.entrySet().stream().filter(e -> e.getKey() > 0).map(Map.Entry::getValue).findFirst()
				.orElse(stops.getOrDefault(0, new int[] { text.length(), 0 }));
		return new SnippetText(text.toString(), first[0], first[1]);
	}

	static SnippetText plain(String text) {
		return new SnippetText(text, text.length(), 0);
	}

	private static void parseInto(String s, int from, int to, StringBuilder text, Map<Integer, int[]> stops) {
		int i = from;
		while (i < to) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < to) {
				text.append(s.charAt(i + 1));
				i += 2;
			} else if (c == '$' && i + 1 < to && Character.isDigit(s.charAt(i + 1))) {
				int end = i + 1;
				while (end < to && Character.isDigit(s.charAt(end))) {
					end++;
				}
				stops.putIfAbsent(Integer.parseInt(s.substring(i + 1, end)), new int[] { text.length(), 0 });
				i = end;
			} else if (c == '$' && i + 1 < to && s.charAt(i + 1) == '{') {
				i = placeholder(s, i, to, text, stops);
			} else {
				text.append(c);
				i++;
			}
		}
	}

	/** {@code ${n}}, {@code ${n:default}} or {@code ${n|one,two|}}; returns the index after its brace. */
	private static int placeholder(String s, int start, int to, StringBuilder text, Map<Integer, int[]> stops) {
		int close = matchingBrace(s, start + 1, to);
		String body = s.substring(start + 2, close);
		int digits = 0;
		while (digits < body.length() && Character.isDigit(body.charAt(digits))) {
			digits++;
		}
		if (digits == 0) {
			// a variable such as ${TM_FILENAME}: nothing to resolve here, keep its default if it has one
			int colon = body.indexOf(':');
			parseInto(s, colon < 0 ? close : start + 3 + colon, close, text, stops);
			return close + 1;
		}
		int number = Integer.parseInt(body.substring(0, digits));
		int at = text.length();
		if (digits < body.length() && body.charAt(digits) == ':') {
			parseInto(s, start + 2 + digits + 1, close, text, stops);
		} else if (digits < body.length() && body.charAt(digits) == '|') {
			String choices = body.substring(digits + 1, Math.max(digits + 1, body.length() - 1));
			text.append(choices.split(",", -1)[0]);
		}
		stops.putIfAbsent(number, new int[] { at, text.length() - at });
		return close + 1;
	}

	private static int matchingBrace(String s, int open, int to) {
		int depth = 0;
		for (int i = open; i < to; i++) {
			char c = s.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '{') {
				depth++;
			} else if (c == '}' && --depth == 0) {
				return i;
			}
		}
		return to - 1;
	}
}
