package org.northstar.dsl.parser;

import org.antlr.runtime.CharStream;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.util.ReplaceRegion;
import org.northstar.dsl.diagnostics.DiagnosticCodes;
import org.northstar.dsl.parser.antlr.NorthStarParser;
import org.northstar.dsl.services.NorthStarGrammarAccess;

import com.google.inject.Inject;

/**
 * The generated parser behind {@link UnreadableText} and {@link StructureLimits}: a text that is no
 * model (binary, too large, not UTF-8) or beyond the limits is not parsed but
 * gets one syntax error where it goes beyond them (the rest of the file is then not read), so that
 * every host (command line, language server, builder) reports it as it reports any syntax error.
 * Should the parser still overflow its stack, the file gets the same error instead of the thread
 * dying, which in the language server silenced the diagnostics of every file.
 * The elements are made without notifications ({@link QuietElementFactory}); they get them here.
 */
public class GuardedNorthStarParser extends NorthStarParser {

	@Inject
	private NorthStarGrammarAccess grammar;

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead) {
		String text = in.substring(0, in.size() - 1);
		if (ruleName.equals(getDefaultRuleName())) {
			StructureLimits.Violation violation = violation(text);
			if (violation != null) {
				return refused(text, violation, builder);
			}
		}
		try {
			IParseResult result = super.doParse(ruleName, in, builder, initialLookAhead);
			QuietElementFactory.announceFromNowOn(result.getRootASTElement());
			return result;
		} catch (StackOverflowError e) {
			return refused(text, new StructureLimits.Violation(0, "Nesting too deep: this file is nested deeper than North Star reads. Flatten the inputs or the formulas."),
					createNodeModelBuilder());
		}
	}

	/** An edit that makes the text too deep is parsed whole, so that the whole file gets the error. */
	@Override
	protected IParseResult doReparse(IParseResult previous, ReplaceRegion region) {
		String old = previous.getRootNode().getText();
		String text = old.substring(0, region.getOffset()) + region.getText() + old.substring(region.getEndOffset());
		if (violation(text) != null) {
			return doParse(text);
		}
		return super.doReparse(previous, region);
	}

	private static StructureLimits.Violation violation(String text) {
		StructureLimits.Violation unreadable = UnreadableText.check(text);
		return unreadable != null ? unreadable : StructureLimits.check(text);
	}

	private IParseResult refused(String text, StructureLimits.Violation violation, NodeModelBuilder builder) {
		ICompositeNode root = builder.newRootNode(text);
		if (violation.offset() > 0) {
			builder.newLeafNode(0, violation.offset(), grammar.getWSRule(), true, null, root);
		}
		builder.newLeafNode(violation.offset(), text.length() - violation.offset(), grammar.getANY_OTHERRule(), false,
				new SyntaxErrorMessage(violation.message(), DiagnosticCodes.SYNTAX), root);
		return builder.createParseResult(null, root, true);
	}
}
