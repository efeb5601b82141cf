package org.northstar.ui.editor;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.CursorLinePainter;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPainter;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Composite;

/**
 * The source viewer of the North Star editor: during a {@link TypingBurst} the colours of the typed
 * text and the current line's highlight are brought up to date once after the burst instead of on
 * every key (each would cost the UI thread round trips to the X server per key). Typing by hand is
 * coloured key by key as before.
 */
final class NorthStarViewer extends ProjectionViewer {

	private TypingBurst burst;
	private final Map<IPainter, BurstPainter> burstPainters = new IdentityHashMap<>();
	/** The text whose colours were put off, kept up to date with later edits by the document. */
	private Position uncoloured;
	private IDocument uncolouredIn;
	private boolean colouring;

	NorthStarViewer(Composite parent, IVerticalRuler ruler, IOverviewRuler overviewRuler, boolean showsAnnotationOverview,
			int styles) {
		super(parent, ruler, overviewRuler, showsAnnotationOverview, styles);
	}

	@Override
	protected void createControl(Composite parent, int styles) {
		super.createControl(parent, styles);
		burst = new TypingBurst(getTextWidget().getDisplay());
		prependVerifyKeyListener(event -> burst.key(event.time));
	}

	@Override
	public void changeTextPresentation(TextPresentation presentation, boolean controlRedraw) {
		IRegion extent = presentation.getExtent();
		if (colouring || burst == null || extent == null || !burst.inBurst() || !putOffColours(extent)) {
			super.changeTextPresentation(presentation, controlRedraw);
		}
	}

	private boolean putOffColours(IRegion extent) {
		IDocument document = getDocument();
		if (document == null) {
			return false;
		}
		try {
			if (uncoloured == null || uncolouredIn != document || uncoloured.isDeleted()) {
				forgetUncoloured();
				uncoloured = new Position(extent.getOffset(), extent.getLength());
				uncolouredIn = document;
				document.addPosition(uncoloured);
			} else {
				int start = Math.min(uncoloured.getOffset(), extent.getOffset());
				int end = Math.max(uncoloured.getOffset() + uncoloured.getLength(), extent.getOffset() + extent.getLength());
				uncoloured.setOffset(start);
				uncoloured.setLength(end - start);
			}
		} catch (BadLocationException e) {
			return false; // the extent is not in this document: colour it now
		}
		burst.afterwards(this::colourPutOff);
		return true;
	}

	/** Colours what was typed in the burst, from its final text, in one go. */
	private void colourPutOff() {
		Position region = uncoloured;
		IDocument document = uncolouredIn;
		forgetUncoloured();
		if (region == null || region.isDeleted() || document != getDocument() || getTextWidget() == null
				|| getTextWidget().isDisposed()) {
			return;
		}
		int end = Math.min(region.getOffset() + region.getLength(), document.getLength());
		colouring = true;
		try {
			invalidateTextPresentation(region.getOffset(), Math.max(0, end - region.getOffset()));
		} finally {
			colouring = false;
		}
	}

	private void forgetUncoloured() {
		if (uncoloured != null && uncolouredIn != null) {
			uncolouredIn.removePosition(uncoloured);
		}
		uncoloured = null;
		uncolouredIn = null;
	}

	@Override
	public void addPainter(IPainter painter) {
		if (painter instanceof CursorLinePainter && burst != null) {
			BurstPainter wrapped = new BurstPainter(painter, burst);
			burstPainters.put(painter, wrapped);
			super.addPainter(wrapped);
		} else {
			super.addPainter(painter);
		}
	}

	@Override
	public void removePainter(IPainter painter) {
		BurstPainter wrapped = burstPainters.remove(painter);
		if (wrapped != null) {
			wrapped.detach();
			super.removePainter(wrapped);
		} else {
			super.removePainter(painter);
		}
	}
}
