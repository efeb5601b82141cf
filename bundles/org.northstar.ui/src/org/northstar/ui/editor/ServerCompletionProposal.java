package org.northstar.ui.editor;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertReplaceEdit;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.northstar.ui.lsp.Positions;
import org.northstar.ui.lsp.WorkspaceEdits;

/**
 * One completion item of the server. It replaces what its text edit covers (or the word before the
 * caret), stretched over what was typed since the request; snippets are inserted as plain text with
 * their first placeholder selected.
 */
final class ServerCompletionProposal implements ICompletionProposal, ICompletionProposalExtension2 {

	private final CompletionItem item;
	private final int requestOffset;
	private final IDocument requestDocument;
	private Point selection;

	ServerCompletionProposal(CompletionItem item, IDocument document, int requestOffset) {
		this.item = item;
		this.requestDocument = document;
		this.requestOffset = requestOffset;
	}

	CompletionItem item() {
		return item;
	}

	@Override
	public void apply(IDocument document) {
		apply(document, requestOffset);
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		apply(viewer.getDocument(), offset);
	}

	private void apply(IDocument document, int offset) {
		IRegion replaced = replacedRegion(document, offset);
		SnippetText text = item.getInsertTextFormat() == InsertTextFormat.Snippet ? SnippetText.parse(newText())
				: SnippetText.plain(newText());
		try {
			document.replace(replaced.getOffset(), replaced.getLength(), text.text());
			selection = new Point(replaced.getOffset() + text.selectionOffset(), text.selectionLength());
			List<TextEdit> additional = item.getAdditionalTextEdits();
			if (additional != null && !additional.isEmpty()) {
				WorkspaceEdits.applyToDocument(document, additional);
			}
		} catch (BadLocationException e) {
			selection = null;
		}
	}

	private String newText() {
		if (item.getTextEdit() != null) {
			return item.getTextEdit().isLeft() ? item.getTextEdit().getLeft().getNewText()
					: item.getTextEdit().getRight().getNewText();
		}
		return item.getInsertText() != null ? item.getInsertText() : item.getLabel();
	}

	private IRegion replacedRegion(IDocument document, int offset) {
		Range range = editRange();
		if (range == null) {
			int start = Words.start(document, offset);
			return new Region(start, offset - start);
		}
		IRegion region = Positions.region(requestDocument, range);
		int typedSince = Math.max(0, offset - requestOffset);
		int end = Math.max(offset, region.getOffset() + region.getLength() + typedSince);
		return new Region(region.getOffset(), Math.min(end, document.getLength()) - region.getOffset());
	}

	private Range editRange() {
		if (item.getTextEdit() == null) {
			return null;
		}
		if (item.getTextEdit().isLeft()) {
			return item.getTextEdit().getLeft().getRange();
		}
		InsertReplaceEdit edit = item.getTextEdit().getRight();
		return edit.getReplace() != null ? edit.getReplace() : edit.getInsert();
	}

	/**
	 * Kept while what was typed before the caret starts its filter text: from where its edit starts, or
	 * from the start of the name before the caret when that is earlier (so "Bi" keeps "Billing" but not
	 * a "," the server offers at the caret).
	 */
	@Override
	public boolean validate(IDocument document, int offset, DocumentEvent event) {
		int wordStart = Words.start(document, offset);
		int start = editRange() != null
				? Math.min(wordStart, Positions.region(requestDocument, editRange()).getOffset())
				: wordStart;
		try {
			String typed = document.get(start, Math.max(0, offset - start)).toLowerCase(Locale.ROOT);
			String filter = item.getFilterText() != null ? item.getFilterText() : item.getLabel();
			return filter.toLowerCase(Locale.ROOT).startsWith(typed.strip());
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return selection;
	}

	@Override
	public String getAdditionalProposalInfo() {
		if (item.getDocumentation() == null) {
			return item.getDetail();
		}
		return item.getDocumentation().isLeft() ? item.getDocumentation().getLeft()
				: item.getDocumentation().getRight().getValue();
	}

	@Override
	public String getDisplayString() {
		return item.getDetail() == null || item.getDetail().isBlank() ? item.getLabel()
				: item.getLabel() + "  -  " + item.getDetail();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
		// no preview of the insertion
	}

	@Override
	public void unselected(ITextViewer viewer) {
		// no preview of the insertion
	}
}
