package org.northstar.cli.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The contents of the ```mermaid blocks of a Markdown text. */
final class MermaidBlocks {

	private static final Pattern BLOCK = Pattern.compile("```mermaid\\n(.*?)```", Pattern.DOTALL);

	private MermaidBlocks() {
	}

	static List<String> of(String markdown) {
		List<String> blocks = new ArrayList<>();
		Matcher m = BLOCK.matcher(markdown);
		while (m.find()) {
			blocks.add(m.group(1));
		}
		return blocks;
	}
}
