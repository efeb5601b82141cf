package org.northstar.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines at spaces, as many words a line as fit: a box's description in the scene's
 * font, a banner in a widget's. A word wider than the line gets a line of its own, unbroken.
 */
public final class WordWrap {

	private WordWrap() {
	}

	/** The lines of {@code text} no wider than {@code width} (but for single long words), measured by {@code widthOf}. */
	public static List<String> lines(String text, double width, ToDoubleFunction<String> widthOf) {
		double space = widthOf.applyAsDouble(" ");
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		double lineWidth = 0;
		for (String word : text.trim().split("\\s+")) {
			double wordWidth = widthOf.applyAsDouble(word);
			if (line.isEmpty()) {
				line.append(word);
				lineWidth = wordWidth;
			} else if (lineWidth + space + wordWidth <= width) {
				line.append(' ').append(word);
				lineWidth += space + wordWidth;
			} else {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
				lineWidth = wordWidth;
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}
}
