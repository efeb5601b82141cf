package org.northstar.metrics.data;

/**
 * Whether a query is one statement. A second statement after a semicolon could end the
 * read-only transaction ({@code COMMIT; INSERT ...}), and DuckDB runs every statement but the
 * last while preparing; so a query is refused unless it is one statement (a trailing semicolon
 * allowed). Quotes ({@code '...'}, {@code "..."}, PostgreSQL's {@code $tag$...$tag$}) and
 * comments ({@code --}, {@code /* *\/}) are skipped, so a semicolon inside them does not count.
 */
final class SqlText {

	private SqlText() {
	}

	static boolean oneStatement(String sql) {
		int i = 0;
		int length = sql.length();
		boolean ended = false;
		while (i < length) {
			char c = sql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (ended && c != ';') {
				return false;
			}
			if (c == ';') {
				ended = true;
				i++;
			} else if (c == '\'' || c == '"') {
				i = closing(sql, i + 1, String.valueOf(c));
			} else if (sql.startsWith("--", i)) {
				int end = sql.indexOf('\n', i);
				i = end < 0 ? length : end + 1;
			} else if (sql.startsWith("/*", i)) {
				int end = sql.indexOf("*/", i + 2);
				i = end < 0 ? length : end + 2;
			} else if (c == '$' && dollarTag(sql, i) != null) {
				String tag = dollarTag(sql, i);
				i = closing(sql, i + tag.length(), tag);
			} else {
				i++;
			}
		}
		return true;
	}

	/** The position after the closing {@code quote} (a doubled quote stays inside), or the end. */
	private static int closing(String sql, int from, String quote) {
		int i = from;
		while (true) {
			int end = sql.indexOf(quote, i);
			if (end < 0) {
				return sql.length();
			}
			if (quote.length() == 1 && sql.startsWith(quote, end + 1)) {
				i = end + 2;
				continue;
			}
			return end + quote.length();
		}
	}

	/** {@code $tag$} (or {@code $$}) starting at {@code i}, or null. */
	private static String dollarTag(String sql, int i) {
		int j = i + 1;
		while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
			j++;
		}
		if (j < sql.length() && sql.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
			return sql.substring(i, j + 1);
		}
		return null;
	}
}
