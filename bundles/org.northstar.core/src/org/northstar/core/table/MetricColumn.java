package org.northstar.core.table;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the metrics table that {@code northstar export --format csv} writes and
 * {@code northstar import} reads, in the order written. Headers are matched ignoring case, spaces,
 * dashes and underscores ("Target date", "target_date"); only product, name and kind are required.
 * {@code description}, {@code threshold}, {@code overlaps} and {@code game} go beyond the metric's tree facts so that an
 * export imported into an empty file gives the same model to the rules: a product's own row (kind
 * {@code product}) carries its value statement as description and its game.
 */
public enum MetricColumn {
	PRODUCT("product"), NAME("name"), KIND("kind"), PARENT("parent"), OWNERS("owners"), DIMENSION("dimension"),
	RELATION("relation"), UNIT("unit"), WINDOW("window"), DIRECTION("direction"), FORMULA("formula"),
	CURRENT_VALUE("current value"), TARGET("target"), TARGET_DATE("target date"), STATUS("status"),
	DESCRIPTION("description"), THRESHOLD("threshold"), OVERLAPS("overlaps"), GAME("game");

	private final String header;

	MetricColumn(String header) {
		this.header = header;
	}

	public String header() {
		return header;
	}

	public boolean required() {
		return this == PRODUCT || this == NAME || this == KIND;
	}

	/** The column a header names, however it is spelt. */
	public static Optional<MetricColumn> of(String header) {
		String key = squeeze(header);
		for (MetricColumn column : values()) {
			if (squeeze(column.header).equals(key)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	/** Lower case without spaces, dashes, underscores or a byte order mark. */
	static String squeeze(String text) {
		return text.replace("\uFEFF", "").replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
	}
}
