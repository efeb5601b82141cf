package org.northstar.ui.quickfix;

import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionRelevance;
import org.northstar.ui.lsp.CodeActions;
import org.northstar.ui.lsp.LanguageServerConnection;

/**
 * One code action of the server as a quick fix of a marker; the builder replaces the marker after the change.
 * The Quick Fix dialog sorts by relevance, then by label: the relevance keeps the server's order (real
 * fixes first, "Ignore rule-id here" last) instead of the alphabet's.
 */
final class CodeActionResolution implements IMarkerResolution2, IMarkerResolutionRelevance {

	private final LanguageServerConnection connection;
	private final CodeAction action;
	private final int relevance;

	CodeActionResolution(LanguageServerConnection connection, CodeAction action, int relevance) {
		this.connection = connection;
		this.action = action;
		this.relevance = relevance;
	}

	@Override
	public int getRelevanceForResolution() {
		return relevance;
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
