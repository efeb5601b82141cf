package org.northstar.scene;

import java.util.List;

/**
 * What a painter draws, in diagram coordinates (pixels at 100%): boxes, texts, edges and badges,
 * with colours as #rrggbb, and the marks of figures (status stripes, trend arrows, sparklines,
 * the dashed outline of a hypothetical value). Painters draw edges, boxes, marks, texts, badges,
 * in this order.
 */
public record Scene(double width, double height, List<Box> boxes, List<Edge> edges, List<Text> texts, List<Badge> badges,
		List<Mark> marks) {

	/** A scene without figures. */
	public Scene(double width, double height, List<Box> boxes, List<Edge> edges, List<Text> texts, List<Badge> badges) {
		this(width, height, boxes, edges, texts, badges, List.of());
	}

	/** A node's box; {@code element} is the qualified name of the model element, for selection and tooltips. */
	public record Box(String element, double x, double y, double width, double height, String fill, String stroke,
			String accent) {
	}

	/** One line of text; {@code y} is its baseline; italic marks a hypothetical figure. */
	public record Text(double x, double y, String text, double size, boolean bold, String color, boolean italic) {

		public Text(double x, double y, String text, double size, boolean bold, String color) {
			this(x, y, text, size, bold, color, false);
		}
	}

	/** A polyline from parent to child, with the relation's sign (and r, when there is data) drawn near the child. */
	public record Edge(List<Point> points, String color, String label) {
	}

	/** A small round badge with a short text: a problem count, a team. */
	public record Badge(double x, double y, double width, double height, String fill, String text, String tooltip) {
	}

	/**
	 * A shape drawn over the boxes: a filled polygon ({@code filled}: a status stripe, a trend
	 * arrow) or a line through the points ({@code width} wide, dashed when {@code dashed}: a
	 * sparkline, a hypothetical node's outline).
	 */
	public record Mark(List<Point> points, String color, boolean filled, double width, boolean dashed) {
	}

	public record Point(double x, double y) {
	}
}
