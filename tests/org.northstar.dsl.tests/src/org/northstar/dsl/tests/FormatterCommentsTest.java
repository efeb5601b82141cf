package org.northstar.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.northstar.testing.Fixtures;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;

/** Comments are the analysts' own words: the formatter moves them with their line and never edits them. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class FormatterCommentsTest {

	@Inject
	private Formatting formatting;

	@ParameterizedTest
	@FieldSource("org.northstar.testing.Fixtures#ALL")
	void commentsSurviveByteForByteAndKeepTheirPlaceOnTheLine(String model) {
		String text = Fixtures.model(model);
		assertEquals(comments(text), comments(formatting.format(text)), model);
	}

	@Test
	void commentsKeepTheBodyTheyAreInAndTheBlankLineAfterThem() {
		String text = """
				product P { // why P
				game productivity   //the game

				    review weekly
				// about A
				input A
				  // last words
				  }
				""";
		assertEquals("""
				product P { // why P
				    game productivity //the game

				    review weekly
				    // about A
				    input A
				    // last words
				}
				""", formatting.format(text));
	}

	/** Each comment's text, marked by whether it trails code or has its line to itself. */
	private List<String> comments(String text) {
		XtextResource resource = formatting.parse(text);
		List<String> comments = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule
					&& rule.getName().endsWith("COMMENT")) {
				String before = text.substring(0, leaf.getOffset());
				String line = before.substring(before.lastIndexOf('\n') + 1);
				comments.add((line.isBlank() ? "own line: " : "trailing: ") + leaf.getText());
			}
		}
		return comments;
	}
}
