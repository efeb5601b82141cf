package org.northstar.scene.report;

import org.northstar.scene.XmlText;

/** Text made safe for HTML: markup characters escaped, characters HTML cannot hold replaced (see {@link XmlText}). */
public final class Html {

	private Html() {
	}

	/** For element content and quoted attribute values; null is "". */
	public static String text(String text) {
		if (text == null) {
			return "";
		}
		String clean = XmlText.of(text);
		StringBuilder out = new StringBuilder(clean.length() + 16);
		for (int i = 0; i < clean.length(); i++) {
			char c = clean.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
