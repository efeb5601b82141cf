package org.northstar.core.scene;

import java.util.List;

/**
 * What a painter draws, in diagram coordinates (pixels at 100%): boxes, texts, edges and badges,
 * with colours as #rrggbb. Painters draw them in this order.
 */
public record Scene(double width, double height, List<Box> boxes, List<Edge> edges, List<Text> texts, List<Badge> badges) {

	/** A node's box; {@code element} is the qualified name of the model element, for selection and tooltips. */
	public record Box(String element, double x, double y, double width, double height, String fill, String stroke,
			String accent) {
	}

	/** One line of text; {@code y} is its baseline. */
	public record Text(double x, double y, String text, double size, boolean bold, String color) {
	}

	/** A polyline from parent to child, with the relation's sign drawn near the child. */
	public record Edge(List<Point> points, String color, String label) {
	}

	/** A small round badge with a short text: a problem count, a team. */
	public record Badge(double x, double y, double width, double height, String fill, String text, String tooltip) {
	}

	public record Point(double x, double y) {
	}
}
