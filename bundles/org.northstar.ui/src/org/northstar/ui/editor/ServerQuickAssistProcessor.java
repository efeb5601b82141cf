package org.northstar.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.northstar.ui.lsp.CodeActions;
import org.northstar.ui.lsp.DocumentSync;
import org.northstar.ui.lsp.Positions;

/** Ctrl+1: the server's code actions for the problems on the caret's line (or at the caret when there are none). */
final class ServerQuickAssistProcessor implements IQuickAssistProcessor {

	private final Supplier<DocumentSync> sync;

	ServerQuickAssistProcessor(Supplier<DocumentSync> sync) {
		this.sync = sync;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		DocumentSync document = sync.get();
		if (document == null) {
			return new ICompletionProposal[0];
		}
		document.flush();
		IDocument text = context.getSourceViewer().getDocument();
		int offset = context.getOffset();
		List<Diagnostic> diagnostics = diagnosticsNear(context.getSourceViewer().getAnnotationModel(), text, offset);
		Range range = diagnostics.isEmpty() ? Positions.range(text, offset, Math.max(0, context.getLength()))
				: diagnostics.get(0).getRange();
		return CodeActions.fixes(document.connection(), document.uri(), range, diagnostics).stream()
				.map(action -> new CodeActionProposal(document, action)).toArray(ICompletionProposal[]::new);
	}

	private static List<Diagnostic> diagnosticsNear(IAnnotationModel model, IDocument document, int offset) {
		List<Diagnostic> atCaret = new ArrayList<>();
		List<Diagnostic> onLine = new ArrayList<>();
		if (model == null) {
			return atCaret;
		}
		int line = Positions.position(document, offset).getLine();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof DiagnosticAnnotation annotation) {
				Position position = model.getPosition(annotation);
				if (position == null) {
					continue;
				}
				if (position.getOffset() <= offset && offset <= position.getOffset() + position.getLength()) {
					atCaret.add(annotation.diagnostic());
				} else if (Positions.position(document, position.getOffset()).getLine() == line) {
					onLine.add(annotation.diagnostic());
				}
			}
		}
		return atCaret.isEmpty() ? onLine : atCaret;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof DiagnosticAnnotation;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return true;
	}

	/** One code action in the Ctrl+1 list. */
	private record CodeActionProposal(DocumentSync document, CodeAction action) implements ICompletionProposal {

		@Override
		public void apply(IDocument text) {
			CodeActions.run(document.connection(), action);
		}

		@Override
		public Point getSelection(IDocument text) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return action.getTitle();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
