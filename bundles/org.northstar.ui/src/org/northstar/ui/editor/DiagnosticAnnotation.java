package org.northstar.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * A problem the server found in the editor's text (saved or not), drawn like a problem marker: a
 * squiggle, a ruler icon, "[rule-id] message" as its hover.
 */
public final class DiagnosticAnnotation extends Annotation {

	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final Diagnostic diagnostic;

	DiagnosticAnnotation(Diagnostic diagnostic) {
		super(type(diagnostic.getSeverity()), false, text(diagnostic));
		this.diagnostic = diagnostic;
	}

	public Diagnostic diagnostic() {
		return diagnostic;
	}

	/** The rule id (the diagnostic's code), or null. */
	public String ruleId() {
		return ruleId(diagnostic);
	}

	static String ruleId(Diagnostic diagnostic) {
		if (diagnostic.getCode() == null) {
			return null;
		}
		return diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
				: String.valueOf(diagnostic.getCode().getRight());
	}

	private static String text(Diagnostic diagnostic) {
		String rule = ruleId(diagnostic);
		String message = message(diagnostic);
		return rule == null || message.startsWith("[") ? message : "[" + rule + "] " + message;
	}

	/** The message as text (LSP allows Markdown there; ours is plain). */
	public static String message(Diagnostic diagnostic) {
		if (diagnostic.getMessage() == null) {
			return "";
		}
		return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
				: diagnostic.getMessage().getRight().getValue();
	}

	private static String type(DiagnosticSeverity severity) {
		if (severity == null) {
			return ERROR;
		}
		return switch (severity) {
			case Error -> ERROR;
			case Warning -> WARNING;
			default -> INFO;
		};
	}
}
