package org.northstar.dsl.diagnostics;

import org.antlr.runtime.RecognitionException;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Gives every parser error the code {@code syntax}, so that each client (CLI,
 * language server, markers) reports it under the same id as the rules.
 */
public class NorthStarSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(readable(context), DiagnosticCodes.SYNTAX);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), DiagnosticCodes.SYNTAX);
	}

	private static String readable(IParserErrorContext context) {
		String message = context.getDefaultMessage();
		RecognitionException exception = context.getRecognitionException();
		if (exception != null && exception.token != null && exception.token.getType() == org.antlr.runtime.Token.EOF) {
			return "The file ends too early: a closing '}' or a value is missing. (" + message + ")";
		}
		return message;
	}
}
