package org.northstar.scene;

/**
 * Text as XML 1.0 may hold it. The JDK's XML writer escapes markup but writes every other
 * character as it is, so a name pasted with a vertical tab, an escape or half of an emoji (a lone
 * surrogate) made an SVG that no XML parser reads. Such characters become U+FFFD, the replacement
 * character, so that the reader still sees that something was there.
 */
public final class XmlText {

	static final char REPLACEMENT = '\uFFFD';

	private XmlText() {
	}

	public static String of(String text) {
		StringBuilder clean = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
			if (pair) {
				if (clean != null) {
					clean.append(c).append(text.charAt(i + 1));
				}
				i++;
			} else if (allowed(c)) {
				if (clean != null) {
					clean.append(c);
				}
			} else {
				if (clean == null) {
					clean = new StringBuilder(text.length()).append(text, 0, i);
				}
				clean.append(REPLACEMENT);
			}
		}
		return clean == null ? text : clean.toString();
	}

	/** XML 1.0's Char production for one UTF-16 unit outside a surrogate pair. */
	private static boolean allowed(char c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
	}
}
