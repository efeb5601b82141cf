package org.northstar.ui.dashboard;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;
import org.northstar.metrics.Status;

/** The fonts and colours of the dashboard, made once per canvas and disposed with it. */
public final class DashboardStyle {

	final Font normal;
	final Font small;
	final Font bold;
	final Font title;
	final Font big;
	final Color text = new Color(0x22, 0x2B, 0x36);
	final Color grey = new Color(0x6B, 0x75, 0x80);
	final Color faint = new Color(0xE3, 0xE7, 0xEC);
	final Color card = new Color(0xF6, 0xF8, 0xFA);
	final Color white = new Color(0xFF, 0xFF, 0xFF);
	final Color line = new Color(0x2F, 0x6D, 0xB5);
	final Color targetLine = new Color(0x8A, 0x57, 0xC9);
	final Color green = new Color(0x2E, 0x9E, 0x5B);
	final Color amber = new Color(0xE0, 0x9B, 0x1A);
	final Color red = new Color(0xD0, 0x3B, 0x3B);
	final Color hypothetical = new Color(0xC2, 0x5B, 0x00);
	final Color hypotheticalBack = new Color(0xFF, 0xF1, 0xE0);
	final Color errorBack = new Color(0xFD, 0xEC, 0xEC);
	final Color selection = new Color(0xE4, 0xEE, 0xFA);

	public DashboardStyle(Display display) {
		FontData base = display.getSystemFont().getFontData()[0];
		int height = Math.max(9, base.getHeight());
		normal = new Font(display, base.getName(), height, SWT.NORMAL);
		small = new Font(display, base.getName(), Math.max(8, height - 1), SWT.NORMAL);
		bold = new Font(display, base.getName(), height, SWT.BOLD);
		title = new Font(display, base.getName(), height + 4, SWT.BOLD);
		big = new Font(display, base.getName(), height + 16, SWT.BOLD);
	}

	Color of(Status status) {
		return switch (status) {
		case ON_TRACK, OK -> green;
		case AT_RISK -> amber;
		case OFF_TRACK, BREACHED -> red;
		default -> grey;
		};
	}

	public void dispose() {
		normal.dispose();
		small.dispose();
		bold.dispose();
		title.dispose();
		big.dispose();
	}
}
