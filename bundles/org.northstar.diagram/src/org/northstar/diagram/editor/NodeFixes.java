package org.northstar.diagram.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.northstar.core.check.Problem;
import org.northstar.core.rules.RuleIds;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.ui.lsp.CodeActions;
import org.northstar.ui.lsp.DocumentSync;
import org.northstar.ui.lsp.Positions;

/**
 * The quick fixes of a node's findings: the language server's code actions for them, the very
 * ones the source editor's Ctrl+1 and the Problems view offer, applied the same way (one undo
 * step of the shared text). Real fixes come first, "Ignore ... here" last, so the first choice
 * mends the model rather than silencing the rule.
 */
final class NodeFixes {

	private final DiagramEditor editor;
	/** Opened on the first request: the server then reads the diagram's unsaved text, not the file on disk. */
	private DocumentSync sync;

	NodeFixes(DiagramEditor editor) {
		this.editor = editor;
	}

	List<CodeAction> of(String key) {
		ModelSnapshot snapshot = editor.snapshot();
		if (snapshot == null || key == null || !snapshot.text().equals(editor.document().get())) {
			return List.of(); // offsets of an older text would ask about the wrong place
		}
		List<Problem> findings = snapshot.problemsOf(key).stream()
				.filter(p -> !RuleIds.SYNTAX.equals(p.ruleId()) && snapshot.uri().equals(p.uri())).toList();
		if (findings.isEmpty()) {
			return List.of();
		}
		DocumentSync server = connection();
		server.flush();
		List<CodeAction> fixes = new ArrayList<>();
		for (Problem finding : findings) {
			Diagnostic diagnostic = diagnostic(editor.document(), finding);
			fixes.addAll(CodeActions.fixes(server.connection(), server.uri(), diagnostic.getRange(), List.of(diagnostic)));
		}
		fixes.sort(Comparator.comparing(NodeFixes::silences)); // stable: the server's order within each group
		return fixes;
	}

	void apply(CodeAction fix) {
		CodeActions.run(connection().connection(), fix);
	}

	void dispose() {
		if (sync != null) {
			sync.disconnect();
			sync = null;
		}
	}

	private DocumentSync connection() {
		if (sync == null) {
			sync = DocumentSync.connect(editor.treeDocument().file(), editor.document());
		}
		return sync;
	}

	private static boolean silences(CodeAction fix) {
		return fix.getTitle().startsWith("Ignore ");
	}

	private static Diagnostic diagnostic(IDocument document, Problem finding) {
		DiagnosticSeverity severity = switch (finding.severity()) {
			case ERROR -> DiagnosticSeverity.Error;
			case WARNING -> DiagnosticSeverity.Warning;
			default -> DiagnosticSeverity.Information;
		};
		return new Diagnostic(Positions.range(document, finding.offset(), finding.length()), finding.message(), severity, "northstar",
				finding.ruleId());
	}
}
