package org.northstar.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.lsp4j.FoldingRange;

/**
 * Folding regions from textDocument/foldingRange. Regions that stay where they were keep their annotation,
 * so what the user collapsed stays collapsed while they type elsewhere.
 */
final class FoldingUpdater {

	void update(ProjectionAnnotationModel model, IDocument document, List<FoldingRange> ranges) {
		if (model == null) {
			return;
		}
		Map<Position, Annotation> existing = new HashMap<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (position != null) {
				existing.put(new Position(position.getOffset(), position.getLength()), annotation);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (FoldingRange range : ranges) {
			Position position = position(document, range);
			if (position != null && existing.remove(position) == null) {
				added.put(new ProjectionAnnotation(), position);
			}
		}
		List<Annotation> removed = new ArrayList<>(existing.values());
		model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
	}

	/** Whole lines from the range's first to its last, so the first line stays visible when collapsed. */
	private static Position position(IDocument document, FoldingRange range) {
		try {
			if (range.getEndLine() <= range.getStartLine() || range.getEndLine() >= document.getNumberOfLines()) {
				return null;
			}
			int start = document.getLineOffset(range.getStartLine());
			int end = document.getLineOffset(range.getEndLine()) + document.getLineLength(range.getEndLine());
			return new Position(start, end - start);
		} catch (BadLocationException e) {
			return null;
		}
	}
}
