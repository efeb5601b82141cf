package org.northstar.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.ui.IWorkbenchPartSite;
import org.northstar.dsl.parser.UnreadableText;

/**
 * Keeps files too large to be a model out of the editors. A 50 MB file took the source editor
 * twenty seconds of a blocked window to show, and would only be refused by the parser after that;
 * the editors now refuse to open it, with the reason in place of the editor (the builder marks the
 * file with the same reason).
 */
public final class TooLargeModels {

	private TooLargeModels() {
	}

	/**
	 * @param site the refusing editor's site, whose tab gets {@code tabName}: the platform shows the
	 *        reason in place of an editor that did not open but leaves its tab without a name
	 * @throws CoreException with the message for the user when the file is larger than a model may be
	 */
	public static void refuse(IFile file, IWorkbenchPartSite site, String tabName) throws CoreException {
		if (file == null || file.getLocation() == null) {
			return;
		}
		long length = file.getLocation().toFile().length();
		if (length > UnreadableText.MAX_BYTES) {
			MPart tab = site == null ? null : site.getService(MPart.class);
			if (tab != null) {
				tab.setLabel(tabName);
				tab.getTransientData().put(IPresentationEngine.OVERRIDE_TITLE_TOOL_TIP_KEY, file.getFullPath().toString());
			}
			throw new CoreException(Status.error(file.getName() + " is not opened (" + length / (1024 * 1024) + " MB). "
					+ UnreadableText.TOO_LARGE + " To look at it anyway, use Open With > Text Editor."));
		}
	}
}
