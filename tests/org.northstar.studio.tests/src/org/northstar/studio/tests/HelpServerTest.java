package org.northstar.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.northstar.core.rules.Rule;
import org.northstar.core.rules.RuleCatalog;
import org.northstar.core.rules.RuleIds;
import org.northstar.studio.WelcomeIntro;

/**
 * The help server of the product serves the guide: resolving a help resource through the workbench's help
 * system (public API) starts the server on demand, as Help Contents and the welcome's "Read the guide" do,
 * and the pages, the table of contents and the help window's JSP pages come back over HTTP (as a browser, embedded
 * or external, gets them; the test opens none).
 */
class HelpServerTest {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void theGuideIsServed() {
		String page = get(topic(WelcomeIntro.GUIDE));
		assertTrue(page.contains("<title>Getting started</title>"), page);
		assertTrue(page.contains("<h1>Getting started</h1>"), page);
	}

	@Test
	void aGeneratedRulePageIsServed() {
		Rule rule = RuleCatalog.byId(RuleIds.UNOWNED_INPUT).orElseThrow();
		String page = get(topic("/org.northstar.help/html/rules/unowned-input.html"));
		assertTrue(page.contains("<h1>" + rule.title() + "</h1>"), page);
		assertTrue(page.contains(RuleIds.UNOWNED_INPUT), page);
	}

	@Test
	void theTableOfContentsHoldsTheGuideAndEveryRule() {
		String toc = get(help("/toc"));
		assertTrue(toc.contains("label=\"North Star Studio User Guide\""), toc);
		assertTrue(toc.contains("href=\"html/getting-started.html\""), toc);
		for (Rule rule : RuleCatalog.all()) {
			assertTrue(toc.contains("href=\"html/rules/" + rule.id() + ".html\""), rule.id() + " in " + toc);
		}
	}

	/**
	 * What the welcome's link and Help Contents open: the help window, JSP pages compiled by the server, followed
	 * frame by frame as a browser does down to the guide's page.
	 */
	@Test
	void theHelpWindowShowsTheGuide() {
		URI window = help("/index.jsp?topic=" + URLEncoder.encode(WelcomeIntro.GUIDE, StandardCharsets.UTF_8));
		String index = get(window);
		assertTrue(index.contains("<title>Help - North Star Studio</title>"), index);
		URI helpFrame = frame(window, index, "HelpFrame");
		URI content = frame(helpFrame, get(helpFrame), "ContentFrame");
		URI view = frame(content, get(content), "ContentViewFrame");
		String page = get(view);
		assertTrue(page.contains("<h1>Getting started</h1>"), view + ": " + page);
	}

	/** The help window's contents tree (tocView.jsp) loads the books from tocfragment. */
	@Test
	void theHelpWindowsContentsListTheGuide() {
		assertTrue(get(help("/advanced/tocView.jsp")).contains("tocTree.js"));
		String books = get(help("/advanced/tocfragment"));
		assertTrue(books.contains("North Star Studio User Guide"), books);
	}

	/** Help > Search and the Help view search a Lucene index of the guide that the help system builds on first use. */
	@Test
	void theGuideIsSearchable() {
		String hits = get(help("/search?phrase=guardrail"));
		assertTrue(hits.contains("/org.northstar.help/html/rules/missing-guardrail.html"), hits);
	}

	/** The address of a topic, from the help system (which starts its server for it). */
	private static URI topic(String href) {
		URL url = PlatformUI.getWorkbench().getHelpSystem().resolve(href, true);
		assertNotNull(url, "the workbench has no help system (org.eclipse.help.ui)");
		assertEquals("http", url.getProtocol(), "the help server did not start: " + url);
		assertTrue(url.getPort() > 0, "the help server did not start: " + url);
		return URI.create(url.toString());
	}

	/** An address of the help web application, on the server the help system started. */
	private static URI help(String path) {
		URI any = topic(WelcomeIntro.GUIDE);
		return URI.create("http://" + any.getHost() + ":" + any.getPort() + "/help" + path);
	}

	/** Where the frame NAME of a page points (its src, HTML-escaped by the JSPs). */
	private static URI frame(URI page, String html, String name) {
		Matcher frame = Pattern.compile("name=\"" + name + "\"[^>]*?src='([^']*)'").matcher(html);
		assertTrue(frame.find(), "no frame " + name + " in " + page + ": " + html);
		String src = Pattern.compile("&#(\\d+);").matcher(frame.group(1))
				.replaceAll(entity -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(entity.group(1)))));
		return page.resolve(src.replace("&amp;", "&"));
	}

	private static String get(URI uri) {
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertEquals(200, response.statusCode(), uri + ": " + response.body());
			return response.body();
		} catch (IOException e) {
			throw new AssertionError(uri + ": " + e, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted: " + uri, e);
		}
	}
}
