package org.northstar.ui.editor;

import java.nio.file.Path;
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
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.swt.widgets.Display;
import org.northstar.ui.lsp.Positions;
import org.northstar.ui.lsp.PublishedDiagnostics;

/**
 * Turns the server's diagnostics of one open document into annotations of its editor, and tells the
 * editor that the server has analysed a new version (outline, folding and semantic colours follow).
 */
final class DiagnosticAnnotations implements PublishedDiagnostics.Listener {

	private final Path file;
	private final IDocument document;
	private final IAnnotationModel model;
	private final Display display;
	private final Runnable afterAnalysis;
	private List<Annotation> shown = new ArrayList<>();

	DiagnosticAnnotations(Path file, IDocument document, IAnnotationModel model, Display display,
			Runnable afterAnalysis) {
		this.file = file;
		this.document = document;
		this.model = model;
		this.display = display;
		this.afterAnalysis = afterAnalysis;
		PublishedDiagnostics.addListener(this);
		List<Diagnostic> known = PublishedDiagnostics.of(file);
		if (!known.isEmpty()) {
			display.asyncExec(() -> show(known));
		}
	}

	void dispose() {
		PublishedDiagnostics.removeListener(this);
	}

	@Override
	public void published(Path published, List<Diagnostic> diagnostics) {
		if (published.equals(file) && !display.isDisposed()) {
			display.asyncExec(() -> {
				show(diagnostics);
				afterAnalysis.run();
			});
		}
	}

	private void show(List<Diagnostic> diagnostics) {
		Map<Annotation, Position> added = new HashMap<>();
		for (Diagnostic diagnostic : diagnostics) {
			IRegion region = Positions.region(document, diagnostic.getRange());
			int length = region.getLength() == 0 && region.getOffset() < document.getLength() ? 1 : region.getLength();
			added.put(new DiagnosticAnnotation(diagnostic), new Position(region.getOffset(), length));
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
		} else {
			shown.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
		shown = new ArrayList<>(added.keySet());
	}
}
