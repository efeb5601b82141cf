package org.northstar.diagram.editor;

/**
 * What was copied in a diagram: the key of a subtree's root. Pasting copies it from the text as it
 * is then, so the copy carries every later edit of the original and its references stay linked.
 */
final class TreeClipboard {

	private String copied;

	void copy(String key) {
		copied = key;
	}

	String content() {
		return copied;
	}

	boolean hasContent() {
		return copied != null;
	}
}
