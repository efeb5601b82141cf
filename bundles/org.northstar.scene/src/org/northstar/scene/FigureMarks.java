package org.northstar.scene;

import java.util.ArrayList;
import java.util.List;

/** Lays a node's {@link FigureRow} out as texts and marks: value, unit, arrow and change from the left, the sparkline at the right. */
final class FigureMarks {

	static final double STRIPE = 4;
	private static final double ARROW = 8;
	private static final double SPARK_MIN = 36;
	private static final double SPARK_MAX = 64;

	private final TextMeasurer measurer;
	private final FigureRow row;
	private final String ink;

	FigureMarks(TextMeasurer measurer, FigureRow row, String ink) {
		this.measurer = measurer;
		this.row = row;
		this.ink = ink;
	}

	/** Adds the row whose top is {@code top}, in the box at (x, y) of the given size. */
	void add(double x, double y, double width, double height, double top, List<Scene.Text> texts, List<Scene.Mark> marks) {
		marks.add(rectangle(x + width - STRIPE - 1, y + 12, STRIPE, height - 18, row.statusColour()));
		if (row.hypothetical()) {
			List<Scene.Point> outline = corners(x - 3, y - 3, width + 6, height + 6);
			outline.add(outline.get(0));
			marks.add(new Scene.Mark(outline, Palette.HYPOTHETICAL, false, 1.5, true));
		}
		double baseline = top + measurer.ascent(FigureRow.SIZE);
		double cursor = x + NodeContent.PADDING;
		double end = x + width - NodeContent.PADDING - STRIPE;
		texts.add(new Scene.Text(cursor, baseline, row.value(), FigureRow.SIZE, true, row.hypothetical() ? Palette.HYPOTHETICAL : ink,
				row.hypothetical()));
		cursor += measurer.width(row.value(), true, FigureRow.SIZE) + 4;
		if (!row.unit().isEmpty()) {
			texts.add(new Scene.Text(cursor, baseline, row.unit(), FigureRow.SMALL, false, ink.equals(Palette.PAPER) ? "#e0e1dd" : Palette.MUTED));
			cursor += measurer.width(row.unit(), false, FigureRow.SMALL) + 6;
		}
		if (!row.change().isEmpty()) {
			marks.add(arrow(cursor, baseline - measurer.ascent(FigureRow.SMALL) / 2 - 1));
			cursor += ARROW + 3;
			texts.add(new Scene.Text(cursor, baseline, row.change(), FigureRow.SMALL, false, row.changeColour()));
			cursor += measurer.width(row.change(), false, FigureRow.SMALL);
		}
		double room = end - cursor - 8;
		if (row.series().size() >= 2 && room >= SPARK_MIN) {
			double sparkWidth = Math.min(SPARK_MAX, room);
			marks.add(sparkline(end - sparkWidth, top + 2, sparkWidth, FigureRow.height(measurer) - 6));
		}
	}

	/** A triangle pointing up, down, or right (no change), centred vertically on {@code middle}. */
	private Scene.Mark arrow(double left, double middle) {
		double half = ARROW / 2;
		List<Scene.Point> points = switch (row.direction()) {
			case 1 -> List.of(new Scene.Point(left, middle + half), new Scene.Point(left + ARROW, middle + half),
					new Scene.Point(left + half, middle - half));
			case -1 -> List.of(new Scene.Point(left, middle - half), new Scene.Point(left + ARROW, middle - half),
					new Scene.Point(left + half, middle + half));
			default -> List.of(new Scene.Point(left, middle - half), new Scene.Point(left + ARROW, middle),
					new Scene.Point(left, middle + half));
		};
		return new Scene.Mark(points, row.changeColour(), true, 0, false);
	}

	private Scene.Mark sparkline(double left, double top, double width, double height) {
		List<Double> values = row.series();
		double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		List<Scene.Point> points = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			double level = max == min ? 0.5 : (values.get(i) - min) / (max - min);
			points.add(new Scene.Point(left + width * i / (values.size() - 1), top + height * (1 - level)));
		}
		return new Scene.Mark(points, ink.equals(Palette.PAPER) ? Palette.PAPER : Palette.SPARKLINE, false, 1.2, false);
	}

	private static Scene.Mark rectangle(double x, double y, double width, double height, String colour) {
		return new Scene.Mark(corners(x, y, width, height), colour, true, 0, false);
	}

	private static List<Scene.Point> corners(double x, double y, double width, double height) {
		return new ArrayList<>(List.of(new Scene.Point(x, y), new Scene.Point(x + width, y), new Scene.Point(x + width, y + height),
				new Scene.Point(x, y + height)));
	}
}
