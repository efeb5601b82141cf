package org.northstar.ui.rename;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.swt.widgets.Shell;
import org.northstar.ui.lsp.Answers;
import org.northstar.ui.lsp.DocumentSync;
import org.northstar.ui.editor.Words;
import org.northstar.ui.lsp.Positions;

/** Alt+Shift+R: asks the server what can be renamed at the caret (prepareRename), then opens the rename wizard. */
public final class ServerRename {

	private static final long ANSWER_MILLIS = 3000;

	private ServerRename() {
	}

	public static void start(Shell shell, DocumentSync document, IDocument text, int offset) {
		if (document == null) {
			return;
		}
		String name = nameAt(document, text, offset);
		if (name == null || name.isBlank()) {
			MessageDialog.openInformation(shell, "Rename", "Put the caret on a name to rename it.");
			return;
		}
		ServerRenameRefactoring refactoring = new ServerRenameRefactoring(document, Positions.position(text, offset),
				name);
		try {
			new RefactoringWizardOpenOperation(new RenameWizard(refactoring)).run(shell, "Rename");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The name the server would rename (its prepareRename range), or the word at the caret. */
	static String nameAt(DocumentSync document, IDocument text, int offset) {
		document.flush();
		Position position = Positions.position(text, offset);
		Either3<Range, PrepareRenameResult, ?> prepared = Answers.await(document.connection()
				.request(server -> server.prepareRename(new PrepareRenameParams(document.identifier(), position))),
				ANSWER_MILLIS, null);
		Range range = prepared == null ? null
				: prepared.isFirst() ? prepared.getFirst() : prepared.isSecond() ? prepared.getSecond().getRange() : null;
		if (range == null) {
			return Words.at(text, offset);
		}
		IRegion region = Positions.region(text, range);
		try {
			return text.get(region.getOffset(), region.getLength());
		} catch (BadLocationException e) {
			return null;
		}
	}
}
