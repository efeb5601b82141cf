package org.northstar.diagram.canvas;

import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.northstar.ui.editor.Markdown;

/**
 * The diagram's tooltip: what is under the mouse (a badge's findings, a node's description),
 * rendered from Markdown and sized to its text: as wide as its longest line up to a readable
 * measure, wrapped beyond it, and kept on the screen by JFace's placement.
 */
final class NodeToolTip extends ToolTip {

	private static final int MAX_WIDTH = 520;

	private final DiagramCanvas canvas;

	NodeToolTip(DiagramCanvas canvas) {
		super(canvas, ToolTip.NO_RECREATE, false);
		this.canvas = canvas;
		setShift(new Point(14, 18));
		setHideOnMouseDown(true);
	}

	@Override
	protected Object getToolTipArea(Event event) {
		return canvas.tooltipAt(event.x, event.y); // a new text under the mouse is a new tooltip
	}

	@Override
	protected boolean shouldCreateToolTip(Event event) {
		return super.shouldCreateToolTip(event) && canvas.tooltipAt(event.x, event.y) != null;
	}

	@Override
	protected Composite createToolTipContentArea(Event event, Composite parent) {
		Markdown.Text content = Markdown.render(canvas.tooltipAt(event.x, event.y));
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout();
		layout.marginWidth = 6;
		layout.marginHeight = 4;
		area.setLayout(layout);
		StyledText text = new StyledText(area, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		text.setText(content.text());
		content.spans().stream().filter(span -> span.style() == Markdown.Style.BOLD)
				.forEach(span -> text.setStyleRange(new StyleRange(span.start(), span.length(), null, null, SWT.BOLD)));
		text.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		text.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		area.setBackground(text.getBackground());
		GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
		size.widthHint = Math.min(MAX_WIDTH, longestLine(text, content.text()) + 8); // wraps only beyond the measure
		text.setLayoutData(size);
		return area;
	}

	/** The widest line in pixels, bold as wide as it is drawn (measured bold: never too narrow). */
	private static int longestLine(StyledText text, String content) {
		GC gc = new GC(text);
		try {
			int widest = 0;
			for (String line : content.split("\n")) {
				widest = Math.max(widest, gc.textExtent(line).x);
			}
			return (int) Math.ceil(widest * 1.1); // bold glyphs are up to a tenth wider
		} finally {
			gc.dispose();
		}
	}
}
