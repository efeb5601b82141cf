package org.northstar.diagram.editor;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.northstar.diagram.commands.DiagramCommands;

/**
 * The diagram's figure commands in its tool bar (a Figures toggle, Reset What-If) and context menu
 * (What If..., Reset What-If); each runs its workbench command, as its key does.
 */
final class FigureTools {

	private final DiagramEditor editor;
	private final ToolItem values;
	private final ToolItem reset;

	FigureTools(DiagramEditor editor, ToolBar palette, KeyTips keyTips) {
		this.editor = editor;
		new ToolItem(palette, SWT.SEPARATOR);
		values = new ToolItem(palette, SWT.CHECK);
		values.setText("Figures");
		values.setToolTipText("Show each metric's value, trend, status and sparkline and each edge's r (from the model's data)");
		values.setSelection(true);
		values.addListener(SWT.Selection, event -> run(DiagramCommands.TOGGLE_VALUES));
		reset = new ToolItem(palette, SWT.PUSH);
		reset.setText("Reset What-If");
		keyTips.add(reset, "Back to the measured figures", DiagramCommands.RESET_WHAT_IF, null);
		reset.addListener(SWT.Selection, event -> run(DiagramCommands.RESET_WHAT_IF));
	}

	void contribute(IMenuManager menu) {
		Action whatIf = action("What If...", DiagramCommands.WHAT_IF);
		whatIf.setEnabled(editor.valuesShown() && editor.selectedKey() != null);
		menu.add(whatIf);
		Action back = action("Reset What-If", DiagramCommands.RESET_WHAT_IF);
		back.setEnabled(editor.hypothetical());
		menu.add(back);
	}

	void update() {
		values.setSelection(editor.valuesShown());
		reset.setEnabled(editor.hypothetical());
	}

	/** An item that runs the command and shows its key as bound now. */
	private Action action(String text, String command) {
		Action action = new Action(text) {
			@Override
			public void run() {
				FigureTools.this.run(command);
			}
		};
		action.setActionDefinitionId(command);
		return action;
	}

	private void run(String command) {
		try {
			editor.getSite().getService(IHandlerService.class).executeCommand(command, null);
		} catch (CommandException e) {
			editor.report("'" + command + "' could not run: " + e.getMessage());
		}
	}
}
