package org.northstar.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.swt.widgets.Display;
import org.northstar.ui.lsp.DocumentSync;
import org.northstar.ui.lsp.Positions;

/** Mark occurrences: after the caret settles, textDocument/documentHighlight becomes highlight annotations. */
final class OccurrenceMarker {

	static final String TYPE = "org.northstar.ui.occurrence";

	private List<Annotation> shown = new ArrayList<>();
	private int requestedFor = -1;

	void caretMoved(DocumentSync document, IDocument text, IAnnotationModel model, int offset) {
		if (document == null || model == null || offset == requestedFor) {
			return;
		}
		requestedFor = offset;
		document.flush();
		DocumentHighlightParams params = new DocumentHighlightParams(document.identifier(),
				Positions.position(text, offset));
		Display display = Display.getCurrent();
		document.connection().request(server -> server.documentHighlight(params)).thenAccept(highlights -> {
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (requestedFor == offset) {
						show(text, model, highlights == null ? List.of() : highlights);
					}
				});
			}
		}).exceptionally(cancelledByTyping -> null);
	}

	private void show(IDocument text, IAnnotationModel model, List<? extends DocumentHighlight> highlights) {
		Map<Annotation, Position> added = new HashMap<>();
		for (DocumentHighlight highlight : highlights) {
			IRegion region = Positions.region(text, highlight.getRange());
			added.put(new Annotation(TYPE, false, "Occurrence"), new Position(region.getOffset(), region.getLength()));
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
			shown = new ArrayList<>(added.keySet());
		}
	}
}
