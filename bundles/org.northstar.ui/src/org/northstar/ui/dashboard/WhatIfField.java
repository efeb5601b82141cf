package org.northstar.ui.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Text;
import org.northstar.core.report.Figures;

/**
 * The field over an input's value where a what-if value is typed: Enter sets it (the North Star
 * and every metric computed from it follow at once), Escape leaves it. A text that is no number
 * keeps the field open with the reason in its tooltip.
 */
final class WhatIfField {

	private static final MathContext SIX_DIGITS = new MathContext(6);

	private final DashboardCanvas canvas;
	private Text text;
	private DashboardLayout.Row row;

	WhatIfField(DashboardCanvas canvas) {
		this.canvas = canvas;
	}

	/** Opens over the row's value, holding {@code typed} (the key that opened it) or the value shown. */
	void open(DashboardLayout.Row target, String typed) {
		close();
		row = target;
		Rectangle cell = target.valueCell();
		text = new Text(canvas, SWT.BORDER | SWT.RIGHT | SWT.SINGLE);
		text.setBounds(cell.x - 10, cell.y - canvas.top() + 2, cell.width + 10, cell.height - 4);
		text.setToolTipText("What-if value of " + target.metric() + ": Enter sets it, Escape leaves it; nothing is written to the model");
		text.setText(typed != null ? typed : canvas.value(target).map(v -> Figures.text(v).replace(",", "")).orElse(""));
		text.setSelection(text.getText().length());
		if (typed == null) {
			text.selectAll();
		}
		text.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_RETURN) {
				event.doit = false;
				apply();
			} else if (event.detail == SWT.TRAVERSE_ESCAPE) {
				event.doit = false;
				close();
				canvas.setFocus();
			}
		});
		text.addListener(SWT.FocusOut, event -> canvas.getDisplay().asyncExec(this::close));
		text.setFocus();
	}

	boolean isOpen() {
		return text != null && !text.isDisposed();
	}

	private void apply() {
		String typed = text.getText().trim().replace(",", "").replace("_", "");
		double value;
		try {
			value = Double.parseDouble(typed);
		} catch (NumberFormatException e) {
			value = Double.NaN;
		}
		if (!Double.isFinite(value)) {
			text.setToolTipText("'" + typed + "' is not a number; type one such as 2600 or 0.95 (Escape leaves the value as it was)");
			text.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
			return;
		}
		DashboardLayout.Row target = row;
		close();
		canvas.setFocus();
		if (canvas.figures() != null) {
			canvas.figures().setWhatIf(target.product(), target.metric(), value);
		}
	}

	void close() {
		if (isOpen()) {
			Text closing = text;
			text = null;
			closing.dispose();
		}
	}

	/** A dragged value to six significant digits: the drag is as precise as a hand, the figure readable. */
	static double round(double value) {
		return new BigDecimal(value).round(SIX_DIGITS).doubleValue();
	}
}
