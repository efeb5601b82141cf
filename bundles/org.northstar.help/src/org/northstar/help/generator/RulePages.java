package org.northstar.help.generator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.northstar.core.rules.Rule;
import org.northstar.core.rules.RuleCatalog;
import org.northstar.core.rules.RuleHelp;

/**
 * Run by the build (see pom.xml): writes {@code html/rules/ID.html} for every rule of the catalog, the
 * rules' index page, {@code toc-rules.xml} (linked into the guide's table of contents) and
 * {@code contexts.xml} (F1 on a problem opens its rule's page) into the bundle's output folder.
 */
public final class RulePages {

	/** The help context of a rule's page; the marker help of org.northstar.help asks for it by rule id. */
	public static String contextId(String ruleId) {
		return "rule_" + ruleId;
	}

	public static void main(String[] args) throws IOException, XMLStreamException {
		Path out = Path.of(args[0]);
		Path pages = Files.createDirectories(out.resolve("html/rules"));
		List<Rule> rules = RuleCatalog.all();
		for (Rule rule : rules) {
			try (Writer writer = Files.newBufferedWriter(pages.resolve(rule.id() + ".html"), StandardCharsets.UTF_8)) {
				RulePage.write(rule, writer);
			}
		}
		try (Writer writer = Files.newBufferedWriter(pages.resolve("index.html"), StandardCharsets.UTF_8)) {
			RuleIndex.write(rules, writer);
		}
		try (Writer writer = Files.newBufferedWriter(out.resolve("toc-rules.xml"), StandardCharsets.UTF_8)) {
			writeToc(rules, writer);
		}
		try (Writer writer = Files.newBufferedWriter(out.resolve("contexts.xml"), StandardCharsets.UTF_8)) {
			writeContexts(rules, writer);
		}
	}

	/** What F1 on a problem of the rule shows in the Help view. */
	private static String contextText(Rule rule) {
		// the Help view heads it with the context's title, the rule's title
		return rule.why() + "\n\nHow to fix it: " + RuleHelp.fix(rule.id());
	}

	private static void writeToc(List<Rule> rules, Writer out) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("toc");
		xml.writeAttribute("label", "Rules");
		xml.writeAttribute("link_to", "toc.xml#rules");
		xml.writeStartElement("topic");
		xml.writeAttribute("label", "Rules");
		xml.writeAttribute("href", "html/rules/index.html");
		for (Rule rule : rules) {
			xml.writeEmptyElement("topic");
			xml.writeAttribute("label", rule.title() + " (" + rule.id() + ")");
			xml.writeAttribute("href", "html/rules/" + rule.id() + ".html");
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
	}

	private static void writeContexts(List<Rule> rules, Writer out) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("contexts");
		for (Rule rule : rules) {
			xml.writeStartElement("context");
			xml.writeAttribute("id", contextId(rule.id()));
			xml.writeAttribute("title", rule.title());
			// The Help view shows the description without a browser: the why and the fix, not only a link to the page.
			RulePage.element(xml, "description", contextText(rule));
			xml.writeEmptyElement("topic");
			xml.writeAttribute("label", rule.title() + " (" + rule.id() + ")");
			xml.writeAttribute("href", "html/rules/" + rule.id() + ".html");
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
	}
}
