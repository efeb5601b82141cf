package org.northstar.diagram.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.ide.ResourceUtil;
import org.northstar.diagram.editor.DiagramEditor;

/** Opens the diagram of the selected .northstar file, or of the file in the active source editor. */
public final class OpenDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IFile file = fileOf(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		if (file == null) {
			return null;
		}
		try {
			// matched by id too: the source editor of the same file must not be reused for the diagram
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().openEditor(new FileEditorInput(file), DiagramEditor.ID,
					true, IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
		} catch (PartInitException e) {
			throw new ExecutionException("The diagram of " + file.getName() + " could not be opened: " + e.getStatus().getMessage(), e);
		}
		return null;
	}

	private static IFile fileOf(ISelection selection, IEditorPart activeEditor) {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof IFile file) {
			return file;
		}
		return activeEditor == null ? null : ResourceUtil.getFile(activeEditor.getEditorInput());
	}
}
