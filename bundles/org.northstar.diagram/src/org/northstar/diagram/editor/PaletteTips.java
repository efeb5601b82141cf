package org.northstar.diagram.editor;

import org.northstar.dsl.ide.edit.ElementKind;

/** The palette's tooltips: what an item adds, and where. */
final class PaletteTips {

	private PaletteTips() {
	}

	static String of(ElementKind kind) {
		String where = switch (kind) {
			case PRODUCT, TEAM -> " to the file";
			case SUB_INPUT -> " under the selected input";
			default -> " to the selected node's product (nothing selected: to the first product)";
		};
		return "Add " + kind.withArticle() + where + ". Or drag it onto the node it should hang from. Insert adds the natural child of the selection.";
	}
}
