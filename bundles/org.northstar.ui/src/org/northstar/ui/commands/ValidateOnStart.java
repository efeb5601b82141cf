package org.northstar.ui.commands;

import org.eclipse.ui.IStartup;
import org.northstar.workspace.builder.Revalidation;

/**
 * After the workbench window shows, checks the North Star projects again in the background, so the
 * Problems view is right even when the last session ended without saving the workspace (see
 * {@link Revalidation}).
 */
public class ValidateOnStart implements IStartup {

	@Override
	public void earlyStartup() {
		new Revalidation().schedule();
	}
}
