package org.northstar.dsl.conversion;

import org.eclipse.xtext.conversion.impl.STRINGValueConverter;

/**
 * Writes a string as a person would type it between double quotes: only the backslash, the
 * double quote and control characters other than line breaks and tabs are escaped. Xtext's own
 * converter escapes every single quote too, so a copied metric's {@code query "SELECT ... FROM
 * 'data.parquet'"} came out as {@code \'data.parquet\'}: the same value, but not what the user
 * wrote. Reading is Xtext's, which understands both.
 */
public class StringValueConverter extends STRINGValueConverter {

	@Override
	protected String toEscapedString(String value) {
		StringBuilder text = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '\\' -> text.append("\\\\");
			case '"' -> text.append("\\\"");
			case '\r' -> text.append("\\r");
			case '\b' -> text.append("\\b");
			case '\f' -> text.append("\\f");
			default -> {
				if (c < ' ' && c != '\n' && c != '\t') {
					text.append(String.format("\\u%04x", (int) c));
				} else {
					text.append(c);
				}
			}
			}
		}
		return text.append('"').toString();
	}
}
