package org.northstar.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** North Star > Colours: the editor's syntax colours and the layout options sent to the server's formatter. */
public class ColoursPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public ColoursPreferencePage() {
		super(GRID);
		setDescription("Colours of the .northstar editor, and the indentation its formatter (Ctrl+Shift+F) uses.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(EditorPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		color(EditorPreferences.COLOR_KEYWORD, "&Keywords");
		color(EditorPreferences.COLOR_VALUE_WORD, "&Values (weekly, breadth, ...)");
		color(EditorPreferences.COLOR_STRING, "&Strings");
		color(EditorPreferences.COLOR_COMMENT, "&Comments");
		color(EditorPreferences.COLOR_NUMBER, "&Numbers");
		color(EditorPreferences.COLOR_DATE, "&Dates");
		color(EditorPreferences.COLOR_DECLARATION, "Declared &names");
		color(EditorPreferences.COLOR_REFERENCE, "&References to names");
		addField(new BooleanFieldEditor(EditorPreferences.MATCHING_BRACKETS, "Highlight &matching brackets",
				getFieldEditorParent()));
		color(EditorPreferences.MATCHING_BRACKETS_COLOR, "Matching &bracket colour");
		IntegerFieldEditor tabSize = new IntegerFieldEditor(EditorPreferences.FORMAT_TAB_SIZE, "&Indentation size",
				getFieldEditorParent());
		tabSize.setValidRange(1, 16);
		addField(tabSize);
		addField(new BooleanFieldEditor(EditorPreferences.FORMAT_INSERT_SPACES, "Indent with s&paces",
				getFieldEditorParent()));
	}

	private void color(String key, String label) {
		addField(new ColorFieldEditor(key, label, getFieldEditorParent()));
	}
}
