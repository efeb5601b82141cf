package org.northstar.ui.dashboard;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.graphics.Rectangle;

/**
 * Where the painter put things, in the dashboard's own coordinates (0 at the top of everything,
 * before scrolling): the rows a person can point at, and the height of the whole.
 */
public record DashboardLayout(int height, List<Row> rows) {

	/** A metric's row; {@code editable}: an input, whose value a what-if may set. */
	public record Row(String product, String metric, boolean editable, Rectangle bounds, Rectangle valueCell) {
	}

	public Optional<Row> rowAt(int x, int y) {
		return rows.stream().filter(row -> row.bounds().contains(x, y)).findFirst();
	}

	public Optional<Row> row(String product, String metric) {
		return rows.stream().filter(row -> row.product().equals(product) && row.metric().equals(metric)).findFirst();
	}
}
