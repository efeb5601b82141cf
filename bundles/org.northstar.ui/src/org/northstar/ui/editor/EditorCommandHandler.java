package org.northstar.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Runs an editor command in the active North Star editor (one handler class for all of them, see plugin.xml). */
public class EditorCommandHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof NorthStarEditor editor) {
			editor.run(event.getCommand().getId());
		}
		return null;
	}
}
