package org.northstar.diagram.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolTip;

/**
 * Why a typed value was refused, said where it was typed: a balloon under the field (and the
 * field's tooltip, for a second look), not only in the status line, which is far from the eye.
 * It goes when the field changes or closes.
 */
public final class InPlaceMessage {

	private final Control field;
	private ToolTip balloon;

	public InPlaceMessage(Control field) {
		this.field = field;
		field.addDisposeListener(event -> hideBalloon());
	}

	public void show(String message) {
		hide();
		field.setToolTipText(message);
		balloon = balloonUnder(field, message);
		balloon.setVisible(true);
	}

	public void hide() {
		hideBalloon();
		if (!field.isDisposed()) {
			field.setToolTipText(null);
		}
	}

	/** The message, or null when none shows. */
	public String message() {
		return balloon == null || balloon.isDisposed() ? null : balloon.getMessage();
	}

	/** A message that outlives the field (closed by focus going elsewhere): it hides by itself after a while. */
	public static void showBriefly(Control field, String message) {
		ToolTip brief = balloonUnder(field, message);
		brief.setAutoHide(true);
		brief.setVisible(true);
	}

	private static ToolTip balloonUnder(Control field, String message) {
		ToolTip tip = new ToolTip(field.getShell(), SWT.BALLOON | SWT.ICON_WARNING);
		tip.setText("Not changed");
		tip.setMessage(message);
		tip.setAutoHide(false);
		Rectangle bounds = field.getBounds();
		Point below = field.getParent().toDisplay(bounds.x + Math.min(24, bounds.width / 2), bounds.y + bounds.height);
		tip.setLocation(below);
		return tip;
	}

	private void hideBalloon() {
		if (balloon != null && !balloon.isDisposed()) {
			balloon.dispose();
		}
		balloon = null;
	}
}
