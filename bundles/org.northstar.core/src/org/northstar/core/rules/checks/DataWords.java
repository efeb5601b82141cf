package org.northstar.core.rules.checks;

import java.util.Locale;

/** How the data rules write numbers in their messages. */
final class DataWords {

	private DataWords() {
	}

	/** Up to four significant digits: 2.7, 1,234, 0.8123 -> 0.8123. */
	static String number(double value) {
		String text = String.format(Locale.ROOT, "%.4g", value);
		if (text.contains("e")) {
			return String.format(Locale.ROOT, "%.0f", value);
		}
		return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
	}
}
