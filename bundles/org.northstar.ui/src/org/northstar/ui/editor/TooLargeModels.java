package org.northstar.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
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

	/** @throws CoreException with the message for the user when the file is larger than a model may be */
	public static void refuse(IFile file) throws CoreException {
		if (file == null || file.getLocation() == null) {
			return;
		}
		long length = file.getLocation().toFile().length();
		if (length > UnreadableText.MAX_BYTES) {
			throw new CoreException(Status.error(file.getName() + " is not opened (" + length / (1024 * 1024) + " MB). "
					+ UnreadableText.TOO_LARGE + " To look at it anyway, use Open With > Text Editor."));
		}
	}
}
