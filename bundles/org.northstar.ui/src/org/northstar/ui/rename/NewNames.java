package org.northstar.ui.rename;

/** What the grammar accepts as a name (its ID terminal), checked before the server is asked. */
final class NewNames {

	private NewNames() {
	}

	static boolean isName(String name) {
		return name != null && name.matches("\\^?[A-Za-z_][A-Za-z0-9_]*");
	}

	static String problem(String name) {
		return name == null || name.isBlank() ? "Type the new name."
				: "'" + name + "' is not a name: use letters, digits and _, starting with a letter.";
	}
}
