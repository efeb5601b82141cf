package org.northstar.diagram.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.northstar.scene.layout.MetricTreeGraph;
import org.northstar.dsl.ide.edit.ElementKind;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.model.NamedElement;
import org.northstar.model.Product;

/**
 * The Outline view of a diagram: the same tree as the drawing (teams, then each product with its
 * North Star, inputs, guardrails, KPIs and work streams), selected in step with the diagram.
 */
final class TreeOutlinePage extends ContentOutlinePage {

	private final DiagramEditor editor;
	private ModelSnapshot snapshot;
	private boolean following;

	TreeOutlinePage(DiagramEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object key) {
				EObject element = snapshot == null ? null : snapshot.element((String) key);
				ElementKind kind = ElementKind.of(element);
				String name = element instanceof NamedElement named ? named.getName() : String.valueOf(key);
				return kind == null ? name : name + "  (" + kind.label().toLowerCase() + ")";
			}
		});
		viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		update(editor.snapshot());
		reveal(editor.selectedKey());
	}

	void update(ModelSnapshot next) {
		if (next == null || next.hasSyntaxErrors()) {
			return; // the last good tree stays, as in the drawing
		}
		snapshot = next;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			following = true;
			try {
				viewer.setInput(next);
				viewer.setSelection(editor.selectedKey() == null ? StructuredSelection.EMPTY : new StructuredSelection(editor.selectedKey()));
			} finally {
				following = false;
			}
		}
	}

	/** Selects the key without telling the diagram back. */
	void reveal(String key) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		following = true;
		try {
			viewer.setSelection(key == null ? StructuredSelection.EMPTY : new StructuredSelection(key), true);
		} finally {
			following = false;
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!following && event.getStructuredSelection().getFirstElement() instanceof String key) {
			editor.select(key);
		}
	}

	/** Keys of the snapshot's elements, arranged as the diagram arranges them. */
	private final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			List<String> roots = new ArrayList<>();
			if (snapshot != null && snapshot.model() != null) {
				snapshot.model().getTeams().forEach(team -> add(roots, team));
				snapshot.model().getProducts().forEach(product -> add(roots, product));
			}
			return roots.toArray();
		}

		@Override
		public Object[] getChildren(Object key) {
			EObject element = snapshot.element((String) key);
			Product product = org.northstar.dsl.ide.edit.TreeEdits.productOf(element);
			if (product == null) {
				return new Object[0];
			}
			Map<EObject, List<EObject>> children = MetricTreeGraph.childrenOf(product);
			List<String> keys = new ArrayList<>();
			children.getOrDefault(element, List.of()).forEach(child -> add(keys, child));
			return keys.toArray();
		}

		@Override
		public Object getParent(Object key) {
			return null;
		}

		@Override
		public boolean hasChildren(Object key) {
			return getChildren(key).length > 0;
		}

		private void add(List<String> keys, EObject element) {
			String key = snapshot.key(element);
			if (key != null) {
				keys.add(key);
			}
		}
	}
}
