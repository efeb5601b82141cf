package org.northstar.diagram.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little Markdown of hovers and findings (headings, **bold**, `code`, "- " lists) as text to
 * show: the marks become bold ranges and bullets, never stars, backticks or dashes on screen.
 */
public record MarkdownText(String text, List<int[]> boldRanges) {

	private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]*)`");

	public static MarkdownText of(String markdown) {
		StringBuilder text = new StringBuilder();
		List<int[]> bold = new ArrayList<>();
		boolean blank = false;
		for (String line : markdown.strip().replaceAll("(?m)^```\\w*\\s*$", "").split("\n")) {
			if (line.isBlank() && blank) {
				continue; // one empty line between paragraphs is enough
			}
			blank = line.isBlank();
			if (!text.isEmpty()) {
				text.append('\n');
			}
			boolean heading = line.matches("#{1,6}\\s.*");
			if (heading) {
				line = line.replaceFirst("#{1,6}\\s+", "");
			} else if (line.matches("\\s*[-*]\\s.*")) {
				line = line.replaceFirst("[-*]\\s", "\u2022 ");
			}
			int lineStart = text.length();
			inline(line, text, bold);
			if (heading) {
				bold.add(new int[] { lineStart, text.length() - lineStart });
			}
		}
		return new MarkdownText(text.toString(), bold);
	}

	private static void inline(String line, StringBuilder text, List<int[]> bold) {
		Matcher marks = INLINE.matcher(line);
		int from = 0;
		while (marks.find()) {
			text.append(line, from, marks.start());
			if (marks.group(1) != null) {
				bold.add(new int[] { text.length(), marks.group(1).length() });
				text.append(marks.group(1));
			} else {
				text.append(marks.group(2));
			}
			from = marks.end();
		}
		text.append(line.substring(from));
	}
}
