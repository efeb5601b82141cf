package org.northstar.ui.quickfix;

import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.northstar.ui.lsp.CodeActions;
import org.northstar.ui.lsp.LanguageServerConnection;

/** One code action of the server as a quick fix of a marker; the builder replaces the marker after the change. */
final class CodeActionResolution implements IMarkerResolution2 {

	private final LanguageServerConnection connection;
	private final CodeAction action;

	CodeActionResolution(LanguageServerConnection connection, CodeAction action) {
		this.connection = connection;
		this.action = action;
	}

	@Override
	public String getLabel() {
		return action.getTitle();
	}

	@Override
	public void run(IMarker marker) {
		CodeActions.run(connection, action);
	}

	@Override
	public String getDescription() {
		return action.getTitle();
	}

	@Override
	public Image getImage() {
		return null;
	}
}
