package org.northstar.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown of the server's hovers and documentation as text to show: the markup goes, bold and code
 * become spans to style, list items get a bullet, rules and runs of blank lines become one blank line.
 * Only what the language server writes is understood; anything else shows as typed. The editor's hovers and
 * the diagram's tooltips both show text through it.
 */
public final class Markdown {

	/** A styled stretch of the shown text. */
	public record Span(int start, int length, Style style) {
	}

	public enum Style {
		BOLD, CODE
	}

	public record Text(String text, List<Span> spans) {
	}

	private static final Pattern FENCE = Pattern.compile("^\\s*```.*$");
	private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");
	private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+(.*)$");
	private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+(.*)$");
	private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__|`([^`]+)`|\\[([^\\]]+)\\]\\([^)]*\\)");

	private Markdown() {
	}

	public static Text render(String markdown) {
		StringBuilder out = new StringBuilder();
		List<Span> spans = new ArrayList<>();
		boolean code = false;
		boolean blank = true; // nothing before the first line: no leading blank line
		for (String line : (markdown == null ? "" : markdown.strip()).split("\\R", -1)) {
			if (FENCE.matcher(line).matches()) {
				code = !code;
				continue;
			}
			if (code) {
				spans.add(new Span(out.length(), line.length(), Style.CODE));
				out.append(line).append('\n');
				blank = false;
				continue;
			}
			if (line.isBlank() || RULE.matcher(line).matches()) {
				if (!blank) {
					out.append('\n');
					blank = true;
				}
				continue;
			}
			blank = false;
			Matcher heading = HEADING.matcher(line);
			Matcher bullet = BULLET.matcher(line);
			if (heading.matches()) {
				int start = out.length();
				inline(heading.group(1), out, spans);
				spans.add(new Span(start, out.length() - start, Style.BOLD));
			} else if (bullet.matches()) {
				out.append(bullet.group(1)).append("\u2022 ");
				inline(bullet.group(2), out, spans);
			} else {
				inline(line.strip(), out, spans);
			}
			out.append('\n');
		}
		return new Text(out.toString().stripTrailing(), spans);
	}

	/** The text without markup, for places that show plain text only. */
	static String toPlainText(String markdown) {
		return markdown == null ? null : render(markdown).text();
	}

	private static void inline(String line, StringBuilder out, List<Span> spans) {
		Matcher markup = INLINE.matcher(line);
		int done = 0;
		while (markup.find()) {
			out.append(line, done, markup.start());
			int start = out.length();
			if (markup.group(1) != null || markup.group(2) != null) {
				out.append(markup.group(1) != null ? markup.group(1) : markup.group(2));
				spans.add(new Span(start, out.length() - start, Style.BOLD));
			} else if (markup.group(3) != null) {
				out.append(markup.group(3));
				spans.add(new Span(start, out.length() - start, Style.CODE));
			} else {
				out.append(markup.group(4));
			}
			done = markup.end();
		}
		out.append(line, done, line.length());
	}
}
