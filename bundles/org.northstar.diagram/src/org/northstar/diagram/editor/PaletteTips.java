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
		return "Add " + withArticle(kind) + where + ". Or drag it onto the node it should hang from. Insert adds the natural child of the selection.";
	}

	/** The kind as a noun with its article, as in a sentence: "an input", "a North Star", "a business KPI". */
	static String withArticle(ElementKind kind) {
		return switch (kind) {
			case PRODUCT -> "a product";
			case NORTH_STAR -> "a North Star";
			case INPUT -> "an input";
			case SUB_INPUT -> "a sub-input";
			case GUARDRAIL -> "a guardrail";
			case KPI -> "a business KPI";
			case WORK_STREAM -> "a work stream";
			case TEAM -> "a team";
		};
	}
}
