package org.northstar.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view's page: the document symbols of the editor's text, linked both ways with the caret
 * (selecting a symbol reveals it; moving the caret selects the innermost symbol around it).
 */
final class SymbolOutlinePage extends ContentOutlinePage {

	private final NorthStarEditor editor;
	private List<DocumentSymbol> symbols = List.of();
	private boolean followingEditor;

	SymbolOutlinePage(NorthStarEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		SymbolTreeProvider provider = new SymbolTreeProvider();
		viewer.setContentProvider(provider);
		viewer.setLabelProvider(provider);
		viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		viewer.setInput(symbols);
	}

	void setSymbols(List<DocumentSymbol> newSymbols) {
		symbols = newSymbols;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(symbols);
		}
	}

	List<DocumentSymbol> symbols() {
		return symbols;
	}

	/** Selects the symbol around the caret without moving the caret back. */
	void reveal(DocumentSymbol symbol) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		followingEditor = true;
		try {
			viewer.setSelection(symbol == null ? StructuredSelection.EMPTY : new StructuredSelection(symbol), true);
		} finally {
			followingEditor = false;
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!followingEditor && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof DocumentSymbol symbol) {
			editor.reveal(symbol);
		}
	}
}
