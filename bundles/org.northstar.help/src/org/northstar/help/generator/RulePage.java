package org.northstar.help.generator;

import java.io.Writer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.northstar.core.rules.Rule;
import org.northstar.core.rules.RuleHelp;

/** One rule's help page (XHTML, escaped by the JDK's XML writer): what it catches, why, an example, the fix. */
final class RulePage {

	private RulePage() {
	}

	static void write(Rule rule, Writer out) throws XMLStreamException {
		XMLStreamWriter html = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		html.writeStartDocument("UTF-8", "1.0");
		html.writeStartElement("html");
		html.writeDefaultNamespace("http://www.w3.org/1999/xhtml");
		html.writeStartElement("head");
		element(html, "title", rule.title() + " (" + rule.id() + ")");
		html.writeEmptyElement("link");
		html.writeAttribute("rel", "stylesheet");
		html.writeAttribute("href", "../style.css");
		html.writeEndElement();
		html.writeStartElement("body");
		element(html, "h1", rule.title());
		html.writeStartElement("p");
		html.writeAttribute("class", "rule-id");
		html.writeCharacters("Rule ");
		element(html, "code", rule.id());
		html.writeCharacters(", " + rule.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT) + " by default.");
		html.writeEndElement();
		element(html, "h2", "Why it matters");
		element(html, "p", rule.why());
		element(html, "h2", "An example that fires it");
		html.writeStartElement("pre");
		html.writeAttribute("class", "example");
		html.writeCharacters(RuleHelp.example(rule.id()));
		html.writeEndElement();
		element(html, "h2", "How to fix it");
		element(html, "p", RuleHelp.fix(rule.id()));
		element(html, "h2", "Severity and silencing");
		html.writeStartElement("p");
		html.writeCharacters("Change the severity in the project's ");
		element(html, "code", "northstar-rules.properties");
		html.writeCharacters(" (");
		element(html, "code", rule.id() + " = off|info|warning|error");
		html.writeCharacters("), or silence it for one element with ");
		element(html, "code", "// northstar:ignore " + rule.id() + " <reason>");
		html.writeCharacters(" on the line before the element.");
		html.writeEndElement();
		html.writeEndElement();
		html.writeEndElement();
		html.writeEndDocument();
		html.flush();
	}

	static void element(XMLStreamWriter html, String name, String text) throws XMLStreamException {
		html.writeStartElement(name);
		html.writeCharacters(text);
		html.writeEndElement();
	}
}
