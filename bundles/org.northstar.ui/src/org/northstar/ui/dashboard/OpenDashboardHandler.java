package org.northstar.ui.dashboard;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.northstar.workspace.builder.NorthStarFiles;

/**
 * Opens the dashboard of a model: the file selected in a navigator (its context menu), else the
 * file of the active North Star editor (the source editor's context menu, the diagram's toolbar,
 * the main toolbar, Ctrl+Alt+B).
 */
public final class OpenDashboardHandler extends AbstractHandler {

	public static final String COMMAND = "org.northstar.ui.dashboard.open";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null || window.getActivePage() == null) {
			return null;
		}
		IFile file = model(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event), window.getActivePage());
		try {
			DashboardView view = (DashboardView) window.getActivePage().showView(DashboardView.ID);
			if (file != null) {
				view.show(file);
			}
		} catch (PartInitException e) {
			throw new IllegalStateException("The dashboard could not be opened: " + e.getMessage(), e);
		}
		return null;
	}

	private static IFile model(IWorkbenchPart part, ISelection selection, IWorkbenchPage page) {
		if (!(part instanceof IEditorPart) && selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && NorthStarFiles.isModelName(file.getName())) {
				return file;
			}
		}
		IEditorPart editor = page.getActiveEditor();
		if (editor != null && editor.getEditorInput() instanceof IFileEditorInput input && NorthStarFiles.isModelName(input.getFile().getName())) {
			return input.getFile();
		}
		return null;
	}
}
