package org.northstar.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Completion at the end of a model that stops where the analyst is typing. */
class CompletionTest {

	private static final String START = """
			package acme.demo
			team Growth
			team Billing
			product Demo {
			    northstar Plans "Plans finished" { unit plans  window weekly }
			    input Senders "People who send" { owner Growth }
			""";

	@TempDir
	Path project;

	@ParameterizedTest(name = "after ''{0}'': {1}")
	@CsvSource(delimiter = '|', textBlock = """
			    input Payers { owner                | Growth Billing
			    input Payers { owner Growth,        | Growth Billing
			    workstream Launch { team            | Growth Billing
			    workstream Launch { targets         | Senders
			    input Payers { overlaps             | Senders
			    kpi Revenue { follows               | Plans
			    input Payers { formula Senders *    | Senders Plans
			    game                                | attention transaction productivity
			    input Payers { dimension            | breadth depth frequency efficiency
			    input Payers { window               | daily weekly monthly quarterly yearly
			    input Payers { relation             | additive multiplicative correlated
			    input Payers { direction            | higher lower
			    input Payers {                      | owner dimension unit window relation formula input
			''                                      | northstar input guardrail kpi workstream candidate value game
			""")
	void proposes(String typed, String expected) {
		List<String> labels = labels(complete(typed + " "));
		for (String label : expected.split(" ")) {
			assertTrue(labels.contains(label), "'" + label + "' missing from " + labels);
		}
	}

	@Test
	void namesAreOfferedShortOnce() {
		List<String> labels = labels(complete("    input Payers { owner "));
		assertEquals(1, labels.stream().filter("Growth"::equals).count(), labels.toString());
		assertFalse(labels.contains("acme.demo.Growth"), labels.toString());
	}

	@Test
	void offersTemplatesAsSnippets() {
		List<CompletionItem> items = complete("    ");
		for (String label : List.of("input (template)", "guardrail (template)")) {
			CompletionItem template = items.stream().filter(item -> label.equals(item.getLabel())).findFirst()
					.orElseThrow(() -> new AssertionError(label + " missing from " + labels(items)));
			assertEquals(InsertTextFormat.Snippet, template.getInsertTextFormat());
			assertTrue(template.getTextEdit().getLeft().getNewText().contains("${1:Name}"), template.toString());
		}
		List<String> topLevel = labels(complete("}\n"));
		assertTrue(topLevel.contains("product (template)"), topLevel.toString());
	}

	private List<CompletionItem> complete(String typed) {
		String text = START + typed;
		ServerSession session = ServerSession.start(project, "demo.northstar", text);
		session.open("demo.northstar");
		CompletionParams params = new CompletionParams(session.document("demo.northstar"),
				session.positionOf("demo.northstar", text, text.length()));
		return ServerSession.join(session.server.completion(params)).getRight().getItems();
	}

	private static List<String> labels(List<CompletionItem> items) {
		return items.stream().map(CompletionItem::getLabel).toList();
	}
}
