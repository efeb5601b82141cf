package org.northstar.dsl.ide.edit;

/**
 * Shrinks a replacement to the part that really changes. Xtext's change
 * serializer rewrites the whole container of a changed list (a product when
 * one of its inputs is added), reproducing the untouched text from the node
 * model; trimming the common prefix and suffix leaves the edit that a person
 * would have typed, so undo, diffs and the other editor see only that.
 */
record MinimalReplacement(int offset, int length, String text) {

	/** The minimal replacement of {@code oldText} by {@code newText} at {@code offset}. */
	static MinimalReplacement of(int offset, String oldText, String newText) {
		String replacement = keepTrailingWhitespace(oldText, newText);
		int prefix = 0;
		int max = Math.min(oldText.length(), replacement.length());
		while (prefix < max && oldText.charAt(prefix) == replacement.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix
				&& oldText.charAt(oldText.length() - 1 - suffix) == replacement.charAt(replacement.length() - 1 - suffix)) {
			suffix++;
		}
		return new MinimalReplacement(offset + prefix, oldText.length() - prefix - suffix,
				replacement.substring(prefix, replacement.length() - suffix));
	}

	/**
	 * The serializer drops the whitespace that ends a rewritten region when the
	 * region is the last of the file (the final line break); it is not part of
	 * the change, so it stays.
	 */
	private static String keepTrailingWhitespace(String oldText, String newText) {
		if (newText.isEmpty() || Character.isWhitespace(newText.charAt(newText.length() - 1))) {
			return newText;
		}
		int end = oldText.length();
		while (end > 0 && Character.isWhitespace(oldText.charAt(end - 1))) {
			end--;
		}
		return newText + oldText.substring(end);
	}

	boolean isEmpty() {
		return length == 0 && text.isEmpty();
	}
}
