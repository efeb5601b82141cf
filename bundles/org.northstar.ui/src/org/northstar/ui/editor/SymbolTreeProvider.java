package org.northstar.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.lsp4j.DocumentSymbol;

/** Content and labels of symbol trees (outline page and quick outline): "Name  detail". */
final class SymbolTreeProvider extends LabelProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> list ? list.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof DocumentSymbol symbol ? DocumentSymbols.children(symbol).toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}

	@Override
	public String getText(Object element) {
		if (!(element instanceof DocumentSymbol symbol)) {
			return super.getText(element);
		}
		String name = DocumentSymbols.simpleName(symbol);
		return symbol.getDetail() == null || symbol.getDetail().isBlank() ? name : name + "  " + symbol.getDetail();
	}
}
