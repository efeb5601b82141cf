package org.northstar.scene;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures and wraps text in the diagram font, the same way wherever the tree is drawn. It keeps what
 * it measured (fonts, line metrics, the width of each word), so one measurer per scene measures each
 * word of the tree once.
 */
public final class TextMeasurer {

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
	/** How many widths a measurer keeps at most (a long-lived one starts over when it has more). */
	private static final int MAX_WIDTHS = 100_000;

	private record Style(boolean bold, double size) {
	}

	private record Word(String text, Style style) {
	}

	private final Map<Style, Font> fonts = new ConcurrentHashMap<>();
	private final Map<Double, LineMetrics> metrics = new ConcurrentHashMap<>();
	private final Map<Word, Double> widths = new ConcurrentHashMap<>();

	public double width(String text, boolean bold, double size) {
		if (widths.size() > MAX_WIDTHS) {
			widths.clear();
		}
		return widths.computeIfAbsent(new Word(text, new Style(bold, size)),
				word -> font(word.style()).getStringBounds(word.text(), CONTEXT).getWidth());
	}

	/** From the top of a line to its baseline. */
	public double ascent(double size) {
		return metrics(size).getAscent();
	}

	public double lineHeight(double size) {
		return metrics(size).getHeight();
	}

	/**
	 * The text broken into at most {@code maxLines} lines no wider than {@code width}; an ellipsis marks
	 * a cut. A line is as wide as its words and the spaces between them (the diagram font is not kerned).
	 */
	public List<String> wrap(String text, double width, double size, int maxLines) {
		List<String> lines = WordWrap.lines(text, width, word -> width(word, false, size));
		if (lines.size() > maxLines) {
			List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
			cut.set(maxLines - 1, cut.get(maxLines - 1) + " …");
			return cut;
		}
		return lines;
	}

	private Font font(Style style) {
		return fonts.computeIfAbsent(style, s -> DiagramFont.of(s.bold(), s.size()));
	}

	private LineMetrics metrics(double size) {
		return metrics.computeIfAbsent(size, s -> font(new Style(false, s)).getLineMetrics("Xg", CONTEXT));
	}
}
