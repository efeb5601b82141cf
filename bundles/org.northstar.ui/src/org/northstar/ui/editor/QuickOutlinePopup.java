package org.northstar.ui.editor;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Ctrl+O: the document's symbols in a popup, filtered as you type; Enter or a click goes to the symbol. */
final class QuickOutlinePopup extends PopupDialog {

	private final NorthStarEditor editor;
	private final List<DocumentSymbol> symbols;
	private Text filter;
	private TreeViewer tree;

	QuickOutlinePopup(Shell parent, NorthStarEditor editor, List<DocumentSymbol> symbols) {
		super(parent, SWT.RESIZE, true, false, false, false, false, "", "Type to filter; Enter goes to the element");
		this.editor = editor;
		this.symbols = symbols;
	}

	@Override
	protected Control createTitleControl(Composite parent) {
		filter = new Text(parent, SWT.SINGLE | SWT.SEARCH);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(event -> {
			tree.refresh();
			tree.expandAll();
			selectFirstMatch();
		});
		filter.addListener(SWT.DefaultSelection, event -> goToSelection());
		filter.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN) {
				tree.getTree().setFocus();
			}
		});
		return filter;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		tree = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		SymbolTreeProvider provider = new SymbolTreeProvider();
		tree.setContentProvider(provider);
		tree.setLabelProvider(provider);
		tree.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		tree.addFilter(new NameFilter());
		tree.setInput(symbols);
		tree.addOpenListener(event -> goToSelection());
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 320).applyTo(tree.getControl());
		return tree.getControl();
	}

	@Override
	protected Control getFocusControl() {
		return filter;
	}

	private void selectFirstMatch() {
		if (tree.getTree().getItemCount() > 0) {
			Object first = firstLeafMatch(tree.getTree().getItems());
			if (first != null) {
				tree.setSelection(new org.eclipse.jface.viewers.StructuredSelection(first), true);
			}
		}
	}

	private Object firstLeafMatch(org.eclipse.swt.widgets.TreeItem[] items) {
		for (org.eclipse.swt.widgets.TreeItem item : items) {
			if (item.getData() instanceof DocumentSymbol symbol && matches(symbol)) {
				return symbol;
			}
			Object inner = firstLeafMatch(item.getItems());
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	private void goToSelection() {
		if (tree.getStructuredSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof DocumentSymbol symbol) {
			close();
			editor.reveal(symbol);
		}
	}

	private boolean matches(DocumentSymbol symbol) {
		String typed = filter == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
		return typed.isEmpty() || DocumentSymbols.simpleName(symbol).toLowerCase(Locale.ROOT).contains(typed);
	}

	/** Keeps the symbols that match and the ones above them. */
	private final class NameFilter extends ViewerFilter {
		@Override
		public boolean select(Viewer viewer, Object parent, Object element) {
			return element instanceof DocumentSymbol symbol && (matches(symbol)
					|| DocumentSymbols.children(symbol).stream().anyMatch(child -> select(viewer, symbol, child)));
		}
	}
}
