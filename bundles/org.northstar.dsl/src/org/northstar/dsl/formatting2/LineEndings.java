package org.northstar.dsl.formatting2;

/** The line ending a text uses: that of its first line, CRLF, LF or a lone CR; LF for a text of one line. */
public final class LineEndings {

	private LineEndings() {
	}

	public static String of(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				return "\n";
			}
			if (c == '\r') {
				return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
			}
		}
		return "\n";
	}
}
