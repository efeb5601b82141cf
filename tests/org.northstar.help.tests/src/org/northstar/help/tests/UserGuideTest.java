package org.northstar.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.northstar.core.rules.Rule;
import org.northstar.core.rules.RuleCatalog;
import org.northstar.core.rules.RuleHelp;

/** The guide in the help system: its table of contents, a page per rule made from the catalog, F1 contexts. */
class UserGuideTest {

	private static final String BUNDLE = "org.northstar.help";

	static Stream<Rule> rules() {
		return RuleCatalog.all().stream();
	}

	@Test
	void theTableOfContentsHasEveryChapterAndEveryRule() {
		IToc guide = Arrays.stream(HelpSystem.getTocs()).filter(toc -> toc.getLabel().equals("North Star Studio User Guide"))
				.findFirst().orElseThrow(() -> new AssertionError("no guide among " + Arrays.toString(HelpSystem.getTocs())));
		List<String> chapters = Arrays.stream(guide.getTopics()).map(ITopic::getLabel).toList();
		assertEquals(List.of("The North Star Framework in brief", "Getting started", "The tree editor", "The dashboard",
				"Reports, export and import", "The .northstar language",
				"Data sources", "The command line", "Rules"), chapters);
		ITopic rules = guide.getTopics()[8];
		assertEquals(RuleCatalog.all().size(), rules.getSubtopics().length);
		for (ITopic topic : rules.getSubtopics()) {
			assertNotNull(page(topic.getHref()), topic.getHref());
		}
	}

	@ParameterizedTest
	@MethodSource("rules")
	void everyRuleHasAPageWithItsWhyAnExampleAndTheFix(Rule rule) throws Exception {
		String text = text("/" + BUNDLE + "/html/rules/" + rule.id() + ".html");
		assertTrue(text.contains(rule.title()), rule.id());
		assertTrue(text.contains(rule.why()), rule.id() + ": why");
		assertTrue(text.contains(RuleHelp.example(rule.id()).strip()), rule.id() + ": example");
		assertTrue(text.contains(RuleHelp.fix(rule.id())), rule.id() + ": fix");
	}

	@ParameterizedTest
	@MethodSource("rules")
	void f1OnAProblemFindsItsRulesPage(Rule rule) {
		IContext context = HelpSystem.getContext(BUNDLE + ".rule_" + rule.id());
		assertNotNull(context, rule.id());
		assertEquals("/" + BUNDLE + "/html/rules/" + rule.id() + ".html", context.getRelatedTopics()[0].getHref());
		// the Help view shows this text without a browser: why the rule matters and how to fix it
		assertTrue(context.getText().contains(rule.why()), rule.id() + ": why");
		assertTrue(context.getText().contains(RuleHelp.fix(rule.id())), rule.id() + ": fix");
	}

	@Test
	void theHandWrittenChaptersArePackaged() throws Exception {
		for (String chapter : List.of("index", "framework", "getting-started", "diagram", "language", "data", "command-line")) {
			assertTrue(text("/" + BUNDLE + "/html/" + chapter + ".html").length() > 500, chapter);
		}
	}

	private static URL page(String href) {
		String path = href.startsWith("/" + BUNDLE + "/") ? href.substring(BUNDLE.length() + 2) : href;
		return Platform.getBundle(BUNDLE).getEntry(path);
	}

	/** The page's text without markup (well-formed XHTML, so an XML parser reads it). */
	private static String text(String href) throws Exception {
		URL url = page(href);
		assertNotNull(url, href + " is not packaged");
		try (InputStream in = url.openStream()) {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement().getTextContent();
		}
	}
}
