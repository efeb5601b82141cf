package org.northstar.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.northstar.ui.preferences.EditorPreferences;

/**
 * One token per colour preference; changing a colour changes the token in place, so scanners keep their
 * tokens and the editor only repaints.
 */
final class SyntaxStyles {

	private static final String[] KEYS = { EditorPreferences.COLOR_KEYWORD, EditorPreferences.COLOR_VALUE_WORD,
			EditorPreferences.COLOR_STRING, EditorPreferences.COLOR_COMMENT, EditorPreferences.COLOR_NUMBER,
			EditorPreferences.COLOR_DATE, EditorPreferences.COLOR_REFERENCE, EditorPreferences.COLOR_DECLARATION };

	private final IPreferenceStore store;
	private final Map<String, Token> tokens = new HashMap<>();

	SyntaxStyles(IPreferenceStore store) {
		this.store = store;
		for (String key : KEYS) {
			tokens.put(key, new Token(null));
		}
		refresh();
	}

	Token token(String key) {
		return tokens.get(key);
	}

	TextAttribute attribute(String key) {
		return (TextAttribute) tokens.get(key).getData();
	}

	boolean isStyleKey(String key) {
		return tokens.containsKey(key);
	}

	void refresh() {
		tokens.forEach((key, token) -> {
			int style = key.equals(EditorPreferences.COLOR_KEYWORD) ? SWT.BOLD
					: key.equals(EditorPreferences.COLOR_COMMENT) ? SWT.ITALIC : SWT.NORMAL;
			token.setData(new TextAttribute(new Color(PreferenceConverter.getColor(store, key)), null, style));
		});
	}
}
