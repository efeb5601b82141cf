package org.northstar.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.dsl.formatting2.DuplicatedClauses;
import org.northstar.dsl.parser.StructureLimits;
import org.northstar.testing.NorthStarInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * What the language reads besides well-made LF files: a byte order mark, CRLF and lone-CR line
 * ends, and models beyond its limits of depth and length, which get one syntax error at the place
 * where they go beyond them (instead of a StackOverflowError somewhere later).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class ReadingLimitsAndLineEndsTest {

	private static final String MODEL = """
			// a comment on its own line
			team Growth { lead "Dana" } // a trailing comment
			product   Demo {
			  northstar Paid { unit invoices  formula Senders * 2 }
			  input Senders { owner Growth }
			}
			""";

	@Inject
	private Formatting formatting;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void aByteOrderMarkIsNotPartOfTheText() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = MODEL.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, bytes, 0, bom.length);
		System.arraycopy(text, 0, bytes, bom.length, text.length);
		XtextResource resource = load(bytes);
		assertEquals(List.of(), resource.getErrors());
		assertEquals(MODEL, resource.getParseResult().getRootNode().getText());
	}

	@Test
	void loneCarriageReturnsEndLinesAndComments() throws IOException {
		XtextResource resource = load(MODEL.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of(), resource.getErrors());
		INode product = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(resource.getContents().get(0).eContents().get(1));
		assertEquals(3, product.getStartLine());
	}

	/** Lone CRs are formatted as LF text by the command line (see its FormatKeepsTheFileTest). */
	@Test
	void formattingKeepsTheFilesOwnLineEnd() {
		for (String end : List.of("\r\n")) {
			String formatted = formatting.format(MODEL.replace("\n", end));
			assertEquals(formatting.format(MODEL).replace("\n", end), formatted,
					() -> "with " + end.replace("\r", "CR").replace("\n", "LF") + ": " + formatted.replace("\r", "<CR>").replace("\n", "<LF>\n"));
		}
	}

	@Test
	void aFormulaOfAThousandTermsIsReadAndFormatted() {
		String terms = String.join("*", Collections.nCopies(StructureLimits.MAX_FORMULA_TERMS, "Senders"));
		String formatted = formatting.format(MODEL.replace("Senders * 2", terms));
		assertTrue(formatted.contains("formula Senders * Senders * Senders"), formatted);
	}

	@Test
	void beyondTheLimitsIsOneSyntaxErrorAtThePlace() throws IOException {
		int formula = MODEL.lines().toList().get(3).indexOf("Senders") + 1; // its column
		String longFormula = MODEL.replace("Senders * 2", String.join(" + ", Collections.nCopies(20_000, "Senders")));
		assertError(longFormula, 4, formula + 8 + 999 * 10, "more than 1000 terms"); // the 1000th '+'
		// two braces are open around the formula, so the 99th parenthesis is the 101st level
		assertError(MODEL.replace("Senders * 2", "(".repeat(3000) + "Senders" + ")".repeat(3000)), 4, formula + 98, "Nesting too deep");
		// the first minus after 'formula' might be a binary one; the 100th is too deep either way
		assertError(MODEL.replace("Senders * 2", "- ".repeat(3000) + "Senders"), 4, formula + 2 * 99, "Nesting too deep");
		StringBuilder inputs = new StringBuilder("product Deep {\n");
		for (int i = 0; i < 3000; i++) {
			inputs.append("input I").append(i).append(" {\n");
		}
		assertError(inputs.append("}\n".repeat(3001)).toString(), 101, "input I99 {".indexOf('{') + 1, "Nesting too deep");
	}

	@Test
	void theLimitsLeaveWhatPeopleWriteAlone() {
		assertNull(StructureLimits.check(MODEL));
		assertNull(StructureLimits.check("product P { northstar N { target -3 by 2026-12-31 formula \"(((\" } } // ((((("));
	}

	@Test
	void aClauseGivenTwiceIsFoundWithItsKeywordAndPlace() {
		XtextResource resource = formatting.parse("""
				product Demo {
				    northstar N {
				        formula 1 + 2
				        formula 3
				    }
				}
				""");
		DuplicatedClauses.Clause clause = DuplicatedClauses.first(resource);
		assertNotNull(clause);
		assertEquals(new DuplicatedClauses.Clause("formula", 3, 9), clause);
		assertNull(DuplicatedClauses.first(formatting.parse(MODEL)));
	}

	private void assertError(String text, int line, int column, String message) throws IOException {
		XtextResource resource = load(text.getBytes(StandardCharsets.UTF_8));
		assertEquals(1, resource.getErrors().size(), () -> resource.getErrors().toString());
		var error = resource.getErrors().get(0);
		assertTrue(error.getMessage().contains(message), error.getMessage());
		assertEquals(line, error.getLine(), error::getMessage);
		assertEquals(column, error.getColumn(), error::getMessage);
		assertFalse(resource.getParseResult().getRootNode().getText().isEmpty());
	}

	private XtextResource load(byte[] bytes) throws IOException {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("file:/limits/test.northstar"));
		resource.load(new ByteArrayInputStream(bytes), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return resource;
	}
}
