package org.northstar.scene.report;

/** Text made literal in Markdown: the characters that could start markup are backslash-escaped, line breaks become spaces. */
public final class Markdown {

	private static final String SPECIAL = "\\`*_{}[]<>#|~&!";

	private Markdown() {
	}

	public static String text(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			if (c == '\n' || c == '\r' || Character.isISOControl(c)) {
				out.append(' ');
			} else {
				if (SPECIAL.indexOf(c) >= 0) {
					out.append('\\');
				}
				out.append(c);
			}
		}
		return out.toString();
	}
}
