package org.northstar.diagram.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;
import org.northstar.diagram.editor.DiagramEditor;

/**
 * The diagram's commands on figures, for the active diagram: {@code values} shows or hides the
 * figures, {@code whatIf} opens the what-if field on the selected metric, {@code reset} drops every
 * what-if value. Which one is the data after the class name in plugin.xml.
 */
public final class FigureHandler extends AbstractHandler implements IExecutableExtension {

	private String what = "";

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		what = String.valueOf(data);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof DiagramEditor diagram) {
			switch (what) {
				case "values" -> diagram.toggleValues();
				case "whatIf" -> diagram.whatIf();
				case "reset" -> diagram.resetWhatIf();
				default -> throw new IllegalStateException("no figure command '" + what + "'");
			}
		}
		return null;
	}
}
