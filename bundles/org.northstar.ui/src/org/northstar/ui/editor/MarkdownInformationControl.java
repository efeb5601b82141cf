package org.northstar.ui.editor;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.AbstractInformationControl;
import org.eclipse.jface.text.AbstractReusableInformationControlCreator;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * Hovers and proposal documentation: the server's Markdown shown rendered (bold, code, bullets) in a
 * control as wide as its longest line, wrapping only lines wider than the hover may be, and as tall as
 * the wrapped text (up to half the screen; F2 or moving into it gives a resizable, scrolling copy).
 */
final class MarkdownInformationControl extends AbstractInformationControl {

	/** Hovers have room for this many lines, however many the platform's default (12) would allow. */
	private static final double MOST_OF_THE_SCREEN_HEIGHT = 0.5;

	private StyledText text;

	private MarkdownInformationControl(Shell parent, String statusText) {
		super(parent, statusText);
		create();
	}

	private MarkdownInformationControl(Shell parent) {
		super(parent, true);
		create();
	}

	/** The hover: "Press 'F2' for focus" in its status line. */
	static IInformationControlCreator hoverCreator() {
		return new AbstractReusableInformationControlCreator() {
			@Override
			protected IInformationControl doCreateInformationControl(Shell parent) {
				return new MarkdownInformationControl(parent, EditorsUI.getTooltipAffordanceString());
			}
		};
	}

	/** The focused, resizable copy (F2, or the mouse moved into the hover). */
	static IInformationControlCreator presenterCreator() {
		return new AbstractReusableInformationControlCreator() {
			@Override
			protected IInformationControl doCreateInformationControl(Shell parent) {
				return new MarkdownInformationControl(parent);
			}
		};
	}

	@Override
	protected void createContent(Composite parent) {
		text = new StyledText(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | (isResizable() ? SWT.V_SCROLL : SWT.NONE));
		text.setFont(JFaceResources.getDialogFont());
		text.setForeground(parent.getForeground());
		text.setBackground(parent.getBackground());
		text.setMargins(4, 2, 4, 2);
		text.setAlwaysShowScrollBars(false);
	}

	@Override
	public void setInformation(String information) {
		Markdown.Text shown = Markdown.render(information);
		text.setText(shown.text());
		for (Markdown.Span span : shown.spans()) {
			StyleRange style = new StyleRange();
			style.start = span.start();
			style.length = span.length();
			if (span.style() == Markdown.Style.BOLD) {
				style.fontStyle = SWT.BOLD;
			} else {
				style.font = JFaceResources.getTextFont();
			}
			text.setStyleRange(style);
		}
	}

	@Override
	public boolean hasContents() {
		return text.getCharCount() > 0;
	}

	@Override
	public Point computeSizeHint() {
		Rectangle trim = computeTrim();
		Point constraints = getSizeConstraints();
		int widest = (constraints != null ? constraints.x : getShell().getDisplay().getClientArea().width / 2)
				- trim.width;
		text.setWordWrap(false);
		int natural = text.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
		text.setWordWrap(true);
		Point size = text.computeSize(Math.min(natural, widest), SWT.DEFAULT, true);
		return new Point(size.x + trim.width, size.y + trim.height);
	}

	@Override
	public Point computeSizeConstraints(int widthInChars, int heightInChars) {
		Point platform = super.computeSizeConstraints(widthInChars, heightInChars);
		Rectangle screen = getShell().getMonitor().getClientArea();
		return new Point(Math.min(platform.x, screen.width), Math.max(platform.y,
				(int) (screen.height * MOST_OF_THE_SCREEN_HEIGHT)));
	}

	@Override
	public IInformationControlCreator getInformationPresenterControlCreator() {
		return presenterCreator();
	}

	@Override
	public void setForegroundColor(Color foreground) {
		super.setForegroundColor(foreground);
		text.setForeground(foreground);
	}

	@Override
	public void setBackgroundColor(Color background) {
		super.setBackgroundColor(background);
		text.setBackground(background);
	}
}
