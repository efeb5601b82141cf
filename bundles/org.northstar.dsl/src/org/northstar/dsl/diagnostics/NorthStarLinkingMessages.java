package org.northstar.dsl.diagnostics;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** A name that links to nothing: says what kind of element was expected and how to fix it. */
public class NorthStarLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String kind = kindOf(context.getReference().getEReferenceType().getName());
		String name = context.getLinkText();
		String message = "No " + kind + " named '" + name + "' is visible here. Check the spelling, declare the "
				+ kind + ", or import the package that declares it.";
		return new DiagnosticMessage(message, Severity.ERROR, DiagnosticCodes.UNRESOLVED_REFERENCE, name);
	}

	private static String kindOf(String eClassName) {
		return switch (eClassName) {
			case "Team" -> "team";
			case "Input" -> "input";
			case "NorthStar" -> "North Star";
			default -> "metric";
		};
	}
}
