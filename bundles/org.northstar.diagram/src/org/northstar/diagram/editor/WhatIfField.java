package org.northstar.diagram.editor;

import java.math.BigDecimal;
import java.util.OptionalDouble;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Text;
import org.northstar.diagram.canvas.DiagramCanvas;
import org.northstar.dsl.ide.edit.TreeEdits;
import org.northstar.metrics.MetricStatus;
import org.northstar.model.Metric;
import org.northstar.ui.figures.TypedValue;

/**
 * What-if in place: a field over a metric's node holding its value. Enter makes the typed value
 * the metric's hypothetical value (the North Star and every metric computed from it follow, drawn
 * as hypothetical), Escape leaves; nothing is written to the model. A text that is no number keeps
 * the field open with the reason under it.
 */
public final class WhatIfField {

	private final DiagramEditor editor;
	private final DiagramCanvas canvas;
	private Text field;
	private InPlaceMessage message;
	private String product;
	private String metric;

	WhatIfField(DiagramEditor editor, DiagramCanvas canvas) {
		this.editor = editor;
		this.canvas = canvas;
	}

	void open(String key) {
		close();
		EObject element = editor.snapshot() == null ? null : editor.snapshot().element(key);
		Rectangle bounds = canvas.screenBounds(key);
		if (!(element instanceof Metric chosen) || TreeEdits.productOf(chosen) == null || bounds == null) {
			editor.report("What-if takes a metric of a product with data: select an input, guardrail, KPI or North Star first.");
			return;
		}
		product = TreeEdits.productOf(chosen).getName();
		metric = chosen.getName();
		field = new Text(canvas, SWT.BORDER | SWT.SINGLE | SWT.RIGHT);
		field.setToolTipText("What if " + metric + " were...: Enter shows the tree with this value, Escape leaves; nothing is written");
		field.setText(editor.figureOf(chosen).map(MetricStatus::value).map(WhatIfField::plain).orElse(""));
		field.setBounds(bounds.x + 4, bounds.y + 4, Math.max(120, bounds.width / 2), field.computeSize(SWT.DEFAULT, SWT.DEFAULT).y);
		field.selectAll();
		message = new InPlaceMessage(field);
		field.addListener(SWT.Modify, event -> message.hide());
		field.addListener(SWT.DefaultSelection, event -> apply());
		field.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_ESCAPE) {
				event.doit = false;
				close();
				canvas.setFocus();
			}
		});
		field.setFocus();
	}

	public boolean isOpen() {
		return field != null && !field.isDisposed();
	}

	/** Why the typed value was refused, as shown under the field; null when nothing is refused. */
	public String refusal() {
		return isOpen() ? message.message() : null;
	}

	private void apply() {
		OptionalDouble value = TypedValue.parse(field.getText());
		if (value.isEmpty()) {
			message.show("'" + field.getText().strip() + "' is not a number; type one such as 2600 or 0.92 (Escape leaves).");
			return;
		}
		close();
		canvas.setFocus();
		editor.setWhatIf(product, metric, value.getAsDouble());
	}

	private void close() {
		if (isOpen()) {
			Text closing = field;
			field = null;
			closing.dispose();
		}
	}

	/** 2450 rather than 2,450 or 2450.0: what a person types. */
	private static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
