package org.northstar.ui.editor;

/** Hovers and documentation come as Markdown; the platform's hover shows plain text, so the markup goes. */
final class Markdown {

	private Markdown() {
	}

	static String toPlainText(String markdown) {
		if (markdown == null) {
			return null;
		}
		return markdown.replaceAll("(?m)^```\\w*\\s*$", "").replaceAll("(?m)^#{1,6}\\s*", "")
				.replaceAll("\\*\\*(.+?)\\*\\*", "$1").replaceAll("`([^`]*)`", "$1").replaceAll("\n{3,}", "\n\n")
				.strip();
	}
}
