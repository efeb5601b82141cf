package org.northstar.ui.editor;

/** Ids of the editor's commands (declared in plugin.xml, bound in the context {@value NorthStarEditor#SCOPE}). */
public final class EditorCommands {

	public static final String OPEN_DEFINITION = "org.northstar.ui.editor.openDefinition";
	public static final String QUICK_OUTLINE = "org.northstar.ui.editor.quickOutline";
	public static final String FIND_REFERENCES = "org.northstar.ui.editor.findReferences";
	public static final String FORMAT = "org.northstar.ui.editor.format";
	public static final String TOGGLE_COMMENT = "org.northstar.ui.editor.toggleComment";
	public static final String RENAME = "org.northstar.ui.editor.rename";

	private EditorCommands() {
	}
}
