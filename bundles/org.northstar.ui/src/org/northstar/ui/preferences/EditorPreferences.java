package org.northstar.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.northstar.ui.NorthStarUiPlugin;

/** Keys and defaults of the editor's preferences (North Star > Colours). */
public class EditorPreferences extends AbstractPreferenceInitializer {

	public static final String COLOR_KEYWORD = "northstar.color.keyword";
	public static final String COLOR_VALUE_WORD = "northstar.color.valueWord";
	public static final String COLOR_STRING = "northstar.color.string";
	public static final String COLOR_COMMENT = "northstar.color.comment";
	public static final String COLOR_NUMBER = "northstar.color.number";
	public static final String COLOR_DATE = "northstar.color.date";
	public static final String COLOR_REFERENCE = "northstar.color.reference";
	public static final String COLOR_DECLARATION = "northstar.color.declaration";
	public static final String MATCHING_BRACKETS = "northstar.matchingBrackets";
	public static final String MATCHING_BRACKETS_COLOR = "northstar.matchingBracketsColor";
	public static final String FORMAT_TAB_SIZE = "northstar.format.tabSize";
	public static final String FORMAT_INSERT_SPACES = "northstar.format.insertSpaces";

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = store();
		PreferenceConverter.setDefault(store, COLOR_KEYWORD, new RGB(127, 0, 85));
		PreferenceConverter.setDefault(store, COLOR_VALUE_WORD, new RGB(0, 112, 150));
		PreferenceConverter.setDefault(store, COLOR_STRING, new RGB(42, 0, 255));
		PreferenceConverter.setDefault(store, COLOR_COMMENT, new RGB(63, 127, 95));
		PreferenceConverter.setDefault(store, COLOR_NUMBER, new RGB(125, 80, 0));
		PreferenceConverter.setDefault(store, COLOR_DATE, new RGB(170, 60, 0));
		PreferenceConverter.setDefault(store, COLOR_REFERENCE, new RGB(0, 100, 60));
		PreferenceConverter.setDefault(store, COLOR_DECLARATION, new RGB(0, 0, 140));
		store.setDefault(MATCHING_BRACKETS, true);
		PreferenceConverter.setDefault(store, MATCHING_BRACKETS_COLOR, new RGB(150, 150, 150));
		store.setDefault(FORMAT_TAB_SIZE, 4);
		store.setDefault(FORMAT_INSERT_SPACES, true);
	}

	private static IPreferenceStore store;

	/** The bundle's instance-scope preferences (the workspace's), with the defaults above. */
	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NorthStarUiPlugin.ID);
		}
		return store;
	}

	public static String indentUnit() {
		IPreferenceStore store = store();
		return store.getBoolean(FORMAT_INSERT_SPACES) ? " ".repeat(Math.max(1, store.getInt(FORMAT_TAB_SIZE))) : "\t";
	}
}
