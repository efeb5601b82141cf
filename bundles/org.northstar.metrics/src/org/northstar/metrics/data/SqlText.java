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

	/** Where a quote or a comment stood in {@link Code}: neither a space nor code that counts. */
	private static final char SKIPPED = '_';

	/** The query's code: what lies outside quotes and comments, each of those one {@link #SKIPPED}. */
	private record Code(String text, boolean closed) {
	}

	static boolean oneStatement(String sql) {
		return oneStatement(code(sql));
	}

	/** Nothing but semicolons and spaces after the first semicolon (not even a comment). */
	private static boolean oneStatement(Code code) {
		int semicolon = code.text().indexOf(';');
		return semicolon < 0 || code.text().substring(semicolon).replace(';', ' ').isBlank();
	}

	/**
	 * Whether the query, one statement, means the same inside parentheses as alone: every quote and
	 * block comment closed and every parenthesis matched, so that it can neither reach out of them
	 * nor be joined with the text around it (a quote opened by one query and closed by the next).
	 */
	static boolean enclosable(String sql) {
		Code code = code(sql);
		if (!code.closed() || !oneStatement(code)) {
			return false;
		}
		int depth = 0;
		for (int i = 0; i < code.text().length(); i++) {
			char c = code.text().charAt(i);
			depth += c == '(' ? 1 : c == ')' ? -1 : 0;
			if (depth < 0) {
				return false;
			}
		}
		return depth == 0;
	}

	private static Code code(String sql) {
		StringBuilder code = new StringBuilder(sql.length());
		int i = 0;
		int length = sql.length();
		while (i < length) {
			char c = sql.charAt(i);
			int end;
			if (c == '\'' || c == '"') {
				end = closing(sql, i + 1, String.valueOf(c));
			} else if (sql.startsWith("--", i)) {
				int newline = sql.indexOf('\n', i);
				end = newline < 0 ? length : newline + 1;
			} else if (sql.startsWith("/*", i)) {
				int close = sql.indexOf("*/", i + 2);
				end = close < 0 ? -1 : close + 2;
			} else if (c == '$' && dollarTag(sql, i) != null) {
				String tag = dollarTag(sql, i);
				end = closing(sql, i + tag.length(), tag);
			} else {
				code.append(c);
				i++;
				continue;
			}
			code.append(SKIPPED);
			if (end < 0) {
				return new Code(code.toString(), false);
			}
			i = end;
		}
		return new Code(code.toString(), true);
	}

	/** The position after the closing {@code quote} (a doubled quote stays inside), or -1 when there is none. */
	private static int closing(String sql, int from, String quote) {
		int i = from;
		while (true) {
			int end = sql.indexOf(quote, i);
			if (end < 0) {
				return -1;
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
