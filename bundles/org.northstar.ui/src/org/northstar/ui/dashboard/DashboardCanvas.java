package org.northstar.ui.dashboard;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.northstar.metrics.MetricStatus;
import org.northstar.ui.figures.FiguresSnapshot;
import org.northstar.ui.figures.ModelFigures;

/**
 * The dashboard's drawing surface: paints the latest snapshot (only the visible band), scrolls,
 * and lets a person set what-if values on input rows: select a row and type a number (or Enter /
 * F2 / double-click for the field with its value), or drag its value left or right.
 */
public final class DashboardCanvas extends Canvas {

	/** Pixels of horizontal drag that double an input's value (or halve it, to the left). */
	private static final double DRAG_FOR_DOUBLE = 200;

	private final DashboardStyle style;
	private final DashboardPainter painter;
	private final WhatIfField field;
	private ModelFigures figures;
	private FiguresSnapshot snapshot;
	private DashboardLayout layout = new DashboardLayout(0, List.of());
	private DashboardPainter.Selection selection;
	private int top;
	private Drag drag;

	private record Drag(DashboardLayout.Row row, int startX, double startValue) {
	}

	public DashboardCanvas(Composite parent) {
		super(parent, SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		style = new DashboardStyle(getDisplay());
		painter = new DashboardPainter(style);
		field = new WhatIfField(this);
		addListener(SWT.Paint, this::paint);
		addListener(SWT.Resize, event -> redraw());
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, event -> drag = null);
		addListener(SWT.MouseDoubleClick, event -> selectedRow().filter(DashboardLayout.Row::editable).ifPresent(row -> field.open(row, null)));
		addListener(SWT.KeyDown, this::key);
		addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_RETURN) {
				event.doit = false;
			}
		});
		ScrollBar bar = getVerticalBar();
		bar.addListener(SWT.Selection, event -> {
			top = bar.getSelection();
			field.close();
			redraw();
		});
		addListener(SWT.Dispose, event -> style.dispose());
	}

	/** Shows the figures of a model (null: none) and what it holds now. */
	void show(ModelFigures modelFigures, FiguresSnapshot figuresSnapshot) {
		if (modelFigures != figures) {
			selection = null;
			top = 0;
			field.close();
		}
		figures = modelFigures;
		snapshot = figuresSnapshot;
		redraw();
	}

	public FiguresSnapshot snapshot() {
		return snapshot;
	}

	public DashboardLayout painted() {
		return layout;
	}

	ModelFigures figures() {
		return figures;
	}

	int top() {
		return top;
	}

	/** The selected metric's row, if its product and metric are still shown. */
	public Optional<DashboardLayout.Row> selectedRow() {
		return selection == null ? Optional.empty() : layout.row(selection.product(), selection.metric());
	}

	private void paint(Event event) {
		Rectangle area = getClientArea();
		if (snapshot == null) {
			event.gc.setBackground(style.white);
			event.gc.fillRectangle(area);
			event.gc.setForeground(style.grey);
			event.gc.drawString("Open a North Star model (or its diagram) to see its dashboard.", DashboardPainter.MARGIN, DashboardPainter.MARGIN, true);
			return;
		}
		layout = painter.paint(event.gc, snapshot, area.width, top, area.height, selection);
		ScrollBar bar = getVerticalBar();
		int maximum = Math.max(layout.height(), area.height);
		if (bar.getMaximum() != maximum || bar.getThumb() != area.height) {
			bar.setValues(Math.min(top, maximum - area.height), 0, maximum, Math.max(1, area.height), DashboardPainter.ROW, Math.max(1, area.height - DashboardPainter.ROW));
		}
	}

	private void mouseDown(Event event) {
		setFocus();
		if (event.button != 1) {
			return;
		}
		Optional<DashboardLayout.Row> row = layout.rowAt(event.x, event.y + top);
		row.ifPresent(r -> select(r.product(), r.metric()));
		drag = row.filter(r -> r.editable() && r.valueCell().contains(event.x, event.y + top)).flatMap(r -> value(r)
				.map(value -> new Drag(r, event.x, value))).orElse(null);
	}

	private void mouseMove(Event event) {
		if (drag == null || (event.stateMask & SWT.BUTTON1) == 0 || figures == null) {
			return;
		}
		int dx = event.x - drag.startX();
		if (dx == 0) {
			return;
		}
		double value = drag.startValue() == 0 ? dx / 10.0 : drag.startValue() * Math.pow(2, dx / DRAG_FOR_DOUBLE);
		figures.setWhatIf(drag.row().product(), drag.row().metric(), WhatIfField.round(value));
	}

	private void key(Event event) {
		Optional<DashboardLayout.Row> row = selectedRow();
		if (event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.ARROW_UP) {
			List<DashboardLayout.Row> rows = layout.rows();
			int at = row.map(rows::indexOf).orElse(-1);
			int next = Math.max(0, Math.min(rows.size() - 1, at + (event.keyCode == SWT.ARROW_DOWN ? 1 : -1)));
			if (!rows.isEmpty()) {
				select(rows.get(next).product(), rows.get(next).metric());
				reveal(rows.get(next));
			}
			return;
		}
		if (row.isEmpty() || !row.get().editable()) {
			return;
		}
		if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR || event.keyCode == SWT.F2) {
			field.open(row.get(), null);
		} else if (Character.isDigit(event.character) || event.character == '.' || event.character == '-') {
			field.open(row.get(), String.valueOf(event.character));
		}
	}

	void select(String product, String metric) {
		selection = new DashboardPainter.Selection(product, metric);
		redraw();
	}

	private void reveal(DashboardLayout.Row row) {
		int height = getClientArea().height;
		if (row.bounds().y < top || row.bounds().y + row.bounds().height > top + height) {
			top = Math.max(0, row.bounds().y - height / 2);
			getVerticalBar().setSelection(top);
			redraw();
		}
	}

	/** The row's value as shown now (the what-if one if set). */
	Optional<Double> value(DashboardLayout.Row row) {
		return snapshot == null ? Optional.empty()
				: snapshot.product(row.product()).flatMap(p -> p.metric(row.metric())).map(MetricStatus::value);
	}
}
