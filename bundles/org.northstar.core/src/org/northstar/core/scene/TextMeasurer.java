package org.northstar.core.scene;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/** Measures and wraps text in the diagram font, the same way wherever the tree is drawn. */
public final class TextMeasurer {

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	public double width(String text, boolean bold, double size) {
		Font font = DiagramFont.of(bold, size);
		return font.getStringBounds(text, CONTEXT).getWidth();
	}

	/** From the top of a line to its baseline. */
	public double ascent(double size) {
		return DiagramFont.of(false, size).getLineMetrics("Xg", CONTEXT).getAscent();
	}

	public double lineHeight(double size) {
		return DiagramFont.of(false, size).getLineMetrics("Xg", CONTEXT).getHeight();
	}

	/** The text broken into at most {@code maxLines} lines no wider than {@code width}; an ellipsis marks a cut. */
	public List<String> wrap(String text, double width, double size, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.trim().split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (width(candidate, false, size) <= width || line.isEmpty()) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			lines.add(line.toString());
			line.setLength(0);
			line.append(word);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		if (lines.size() > maxLines) {
			List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
			cut.set(maxLines - 1, cut.get(maxLines - 1) + " …");
			return cut;
		}
		return lines;
	}
}
