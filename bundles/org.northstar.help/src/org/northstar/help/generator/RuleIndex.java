package org.northstar.help.generator;

import java.io.Writer;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.northstar.core.rules.Rule;

/** The page that lists every rule with its id, default severity and title. */
final class RuleIndex {

	private RuleIndex() {
	}

	static void write(List<Rule> rules, Writer out) throws XMLStreamException {
		XMLStreamWriter html = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		html.writeStartDocument("UTF-8", "1.0");
		html.writeStartElement("html");
		html.writeDefaultNamespace("http://www.w3.org/1999/xhtml");
		html.writeStartElement("head");
		RulePage.element(html, "title", "Rules");
		html.writeEmptyElement("link");
		html.writeAttribute("rel", "stylesheet");
		html.writeAttribute("href", "../style.css");
		html.writeEndElement();
		html.writeStartElement("body");
		RulePage.element(html, "h1", "Rules");
		RulePage.element(html, "p", "Every rule North Star Studio checks, live in the editors and in northstar validate. "
				+ "Each page says why the rule matters, shows a model that fires it and how to fix it.");
		html.writeStartElement("table");
		for (Rule rule : rules) {
			html.writeStartElement("tr");
			html.writeStartElement("td");
			html.writeStartElement("a");
			html.writeAttribute("href", rule.id() + ".html");
			html.writeCharacters(rule.id());
			html.writeEndElement();
			html.writeEndElement();
			RulePage.element(html, "td", rule.defaultSeverity().name().toLowerCase(Locale.ROOT));
			RulePage.element(html, "td", rule.title());
			html.writeEndElement();
		}
		html.writeEndElement();
		html.writeEndElement();
		html.writeEndElement();
		html.writeEndDocument();
		html.flush();
	}
}
