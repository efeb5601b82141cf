package org.northstar.diagram.commands;

/**
 * The ids of the diagram's keyboard commands (declared in plugin.xml with their keys, bound in
 * {@link #CONTEXT}, so they are listed under General > Keys and can be rebound there). Renaming,
 * deleting, copying, pasting, undoing and redoing are the workbench's own Edit commands, handled by
 * the diagram while it is active; Enter (and F2) are bound to Rename in the diagram's context.
 */
public final class DiagramCommands {

	/** Active while the diagram's canvas has the keyboard focus (not while its name field is open). */
	public static final String CONTEXT = "org.northstar.diagram.context";

	public static final String ADD_CHILD = "org.northstar.diagram.addChild";
	public static final String SELECT_PARENT = "org.northstar.diagram.selectParent";
	public static final String SELECT_FIRST_CHILD = "org.northstar.diagram.selectFirstChild";
	public static final String SELECT_PREVIOUS_SIBLING = "org.northstar.diagram.selectPreviousSibling";
	public static final String SELECT_NEXT_SIBLING = "org.northstar.diagram.selectNextSibling";
	public static final String SELECT_FIRST = "org.northstar.diagram.selectFirst";
	public static final String TOGGLE_FOLD = "org.northstar.diagram.toggleFold";
	public static final String ZOOM_IN = "org.northstar.diagram.zoomIn";
	public static final String ZOOM_OUT = "org.northstar.diagram.zoomOut";
	public static final String FIT = "org.northstar.diagram.fit";
	public static final String WHAT_IF = "org.northstar.diagram.whatIf";
	public static final String RESET_WHAT_IF = "org.northstar.diagram.resetWhatIf";
	/** No key: the tool bar's Figures toggle. */
	public static final String TOGGLE_VALUES = "org.northstar.diagram.toggleValues";

	private DiagramCommands() {
	}
}
