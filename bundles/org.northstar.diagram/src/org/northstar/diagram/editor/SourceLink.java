package org.northstar.diagram.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.ide.ResourceUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.model.NorthStarPackage;
import org.northstar.ui.editor.NorthStarEditor;

/**
 * Keeps the diagram's selection and the source editors of the same file in step: selecting a node
 * selects its name in the text, moving the caret selects the innermost node around it. The outline
 * follows the source editor's caret, so it follows the diagram too.
 */
final class SourceLink implements ISelectionListener {

	private final DiagramEditor diagram;
	private boolean revealing;

	SourceLink(DiagramEditor diagram) {
		this.diagram = diagram;
		diagram.getSite().getPage().addPostSelectionListener(this);
	}

	void dispose() {
		diagram.getSite().getPage().removePostSelectionListener(this);
	}

	/** Selects the element's name in every open source editor of the file. */
	void reveal(String key) {
		INode name = nameNode(diagram.snapshot(), key);
		if (name == null) {
			return;
		}
		revealing = true;
		try {
			for (IEditorReference reference : diagram.getSite().getPage().getEditorReferences()) {
				IEditorPart part = reference.getEditor(false);
				if (part instanceof ITextEditor text && sameFile(part)) {
					text.selectAndReveal(name.getOffset(), name.getLength());
				}
			}
		} finally {
			revealing = false;
		}
	}

	/** Opens the source editor on the file at the element (Show in Source). */
	static void open(DiagramEditor diagram, String key) {
		try {
			IEditorPart part = diagram.getSite().getPage().openEditor(new FileEditorInput(diagram.treeDocument().file()),
					NorthStarEditor.ID, true, IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
			INode name = nameNode(diagram.snapshot(), key);
			if (part instanceof ITextEditor text && name != null) {
				text.selectAndReveal(name.getOffset(), name.getLength());
			}
		} catch (PartInitException e) {
			diagram.report("The source editor could not be opened: " + e.getStatus().getMessage());
		}
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (revealing || part == diagram || !(selection instanceof ITextSelection text) || !sameFile(part)) {
			return;
		}
		ModelSnapshot snapshot = diagram.snapshot();
		if (snapshot == null || !snapshot.text().equals(diagram.treeDocument().document().get())) {
			return; // offsets of an older text would point at the wrong element
		}
		diagram.follow(innermostAt(snapshot, text.getOffset()));
	}

	private boolean sameFile(IWorkbenchPart part) {
		IFile file = part instanceof IEditorPart editor ? ResourceUtil.getFile(editor.getEditorInput()) : null;
		return diagram.treeDocument().file().equals(file);
	}

	/** The key of the innermost element of this file around the offset, or null. */
	static String innermostAt(ModelSnapshot snapshot, int offset) {
		String best = null;
		int bestLength = Integer.MAX_VALUE;
		for (var entry : snapshot.elements().entrySet()) {
			INode node = NodeModelUtils.getNode(entry.getValue());
			if (node != null && node.getOffset() <= offset && offset <= node.getEndOffset() && node.getLength() < bestLength
					&& snapshot.resource().equals(entry.getValue().eResource())) {
				best = entry.getKey();
				bestLength = node.getLength();
			}
		}
		return best;
	}

	private static INode nameNode(ModelSnapshot snapshot, String key) {
		EObject element = snapshot == null ? null : snapshot.element(key);
		if (element == null) {
			return null;
		}
		var names = NodeModelUtils.findNodesForFeature(element, NorthStarPackage.Literals.NAMED_ELEMENT__NAME);
		return names.isEmpty() ? NodeModelUtils.getNode(element) : names.get(0);
	}
}
