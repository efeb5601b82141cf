package org.northstar.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** The "North Star" node of the preferences: says where the settings are. */
public class NorthStarRootPage extends PreferencePage implements IWorkbenchPreferencePage {

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Label text = new Label(parent, SWT.WRAP);
		text.setText("Colours: the .northstar editor's colours and formatting.\n"
				+ "Rules: the severity of each rule, per project (northstar-rules.properties).");
		return text;
	}
}
