package org.northstar.scene;

import java.io.Writer;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Draws a scene as SVG (the JDK's XML writer does the escaping, {@link XmlText} drops what XML forbids); texts name the diagram font. */
public final class SvgPainter {

	private static final String SVG = "http://www.w3.org/2000/svg";

	public void paint(Scene scene, Writer out) throws XMLStreamException {
		XMLStreamWriter svg = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		svg.writeStartDocument("UTF-8", "1.0");
		svg.writeStartElement("svg");
		svg.writeDefaultNamespace(SVG);
		svg.writeAttribute("width", number(scene.width()));
		svg.writeAttribute("height", number(scene.height()));
		svg.writeAttribute("viewBox", "0 0 " + number(scene.width()) + " " + number(scene.height()));
		svg.writeAttribute("font-family", "'" + DiagramFont.FAMILY + "', sans-serif");
		rect(svg, 0, 0, scene.width(), scene.height(), 0, Palette.PAPER, null);
		for (Scene.Edge edge : scene.edges()) {
			edge(svg, edge);
		}
		for (Scene.Box box : scene.boxes()) {
			svg.writeStartElement("g");
			svg.writeAttribute("data-element", XmlText.of(box.element()));
			rect(svg, box.x(), box.y(), box.width(), box.height(), 6, box.fill(), box.stroke());
			rect(svg, box.x(), box.y() + 6, 4, box.height() - 12, 0, box.accent(), null);
			svg.writeEndElement();
		}
		for (Scene.Mark mark : scene.marks()) {
			mark(svg, mark);
		}
		for (Scene.Text text : scene.texts()) {
			text(svg, text.x(), text.y(), text.text(), text.size(), text.bold(), text.color(), false, text.italic());
		}
		for (Scene.Badge badge : scene.badges()) {
			badge(svg, badge);
		}
		svg.writeEndElement();
		svg.writeEndDocument();
		svg.flush();
	}

	private static void edge(XMLStreamWriter svg, Scene.Edge edge) throws XMLStreamException {
		svg.writeEmptyElement("polyline");
		svg.writeAttribute("points", edge.points().stream().map(p -> number(p.x()) + "," + number(p.y()))
				.collect(Collectors.joining(" ")));
		svg.writeAttribute("fill", "none");
		svg.writeAttribute("stroke", edge.color());
		svg.writeAttribute("stroke-width", "1.5");
		if (edge.label() != null) {
			Scene.Point end = edge.points().get(edge.points().size() - 1);
			text(svg, end.x() + 6, end.y() - 6, edge.label(), 12, true, Palette.MUTED, false, false);
		}
	}

	private static void mark(XMLStreamWriter svg, Scene.Mark mark) throws XMLStreamException {
		svg.writeEmptyElement(mark.filled() ? "polygon" : "polyline");
		svg.writeAttribute("points", mark.points().stream().map(p -> number(p.x()) + "," + number(p.y()))
				.collect(Collectors.joining(" ")));
		if (mark.filled()) {
			svg.writeAttribute("fill", mark.color());
			return;
		}
		svg.writeAttribute("fill", "none");
		svg.writeAttribute("stroke", mark.color());
		svg.writeAttribute("stroke-width", number(mark.width()));
		if (mark.dashed()) {
			svg.writeAttribute("stroke-dasharray", "5 3");
		}
	}

	private static void badge(XMLStreamWriter svg, Scene.Badge badge) throws XMLStreamException {
		svg.writeStartElement("g");
		svg.writeStartElement("title");
		svg.writeCharacters(XmlText.of(badge.tooltip()));
		svg.writeEndElement();
		rect(svg, badge.x(), badge.y(), badge.width(), badge.height(), badge.height() / 2, badge.fill(), null);
		text(svg, badge.x() + badge.width() / 2, badge.y() + badge.height() - 4.5, badge.text(), 10, false, Palette.INK, true, false);
		svg.writeEndElement();
	}

	private static void rect(XMLStreamWriter svg, double x, double y, double w, double h, double radius, String fill,
			String stroke) throws XMLStreamException {
		svg.writeEmptyElement("rect");
		svg.writeAttribute("x", number(x));
		svg.writeAttribute("y", number(y));
		svg.writeAttribute("width", number(w));
		svg.writeAttribute("height", number(h));
		if (radius > 0) {
			svg.writeAttribute("rx", number(radius));
		}
		svg.writeAttribute("fill", fill);
		if (stroke != null) {
			svg.writeAttribute("stroke", stroke);
		}
	}

	private static void text(XMLStreamWriter svg, double x, double y, String content, double size, boolean bold, String color,
			boolean centred, boolean italic) throws XMLStreamException {
		svg.writeStartElement("text");
		svg.writeAttribute("x", number(x));
		svg.writeAttribute("y", number(y));
		svg.writeAttribute("font-size", number(size));
		if (bold) {
			svg.writeAttribute("font-weight", "bold");
		}
		if (centred) {
			svg.writeAttribute("text-anchor", "middle");
		}
		if (italic) {
			svg.writeAttribute("font-style", "italic");
		}
		svg.writeAttribute("fill", color);
		svg.writeCharacters(XmlText.of(content));
		svg.writeEndElement();
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
