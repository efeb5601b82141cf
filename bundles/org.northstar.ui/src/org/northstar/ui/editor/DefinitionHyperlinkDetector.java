package org.northstar.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.northstar.ui.lsp.Answers;
import org.northstar.ui.lsp.DocumentSync;
import org.northstar.ui.lsp.Positions;

/** Ctrl+click on a name (and F3 through {@link #definitions}): textDocument/definition. */
final class DefinitionHyperlinkDetector extends AbstractHyperlinkDetector {

	private static final long ANSWER_MILLIS = 2500;

	private final Supplier<DocumentSync> sync;

	DefinitionHyperlinkDetector(Supplier<DocumentSync> sync) {
		this.sync = sync;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultiple) {
		IDocument document = viewer.getDocument();
		int offset = region.getOffset();
		List<Runnable> targets = definitions(sync.get(), document, offset);
		if (targets.isEmpty()) {
			return null;
		}
		IRegion word = Words.around(document, offset);
		return targets.stream().map(target -> new DefinitionLink(word, target)).limit(canShowMultiple ? 10 : 1)
				.toArray(IHyperlink[]::new);
	}

	/** Each definition as an action that opens it. */
	static List<Runnable> definitions(DocumentSync document, IDocument text, int offset) {
		List<Runnable> targets = new ArrayList<>();
		if (document == null) {
			return targets;
		}
		document.flush();
		DefinitionParams params = new DefinitionParams(document.identifier(), Positions.position(text, offset));
		Either<List<? extends Location>, List<? extends LocationLink>> answer = Answers
				.await(document.connection().request(server -> server.definition(params)), ANSWER_MILLIS, null);
		if (answer != null && answer.isLeft()) {
			answer.getLeft().forEach(location -> targets.add(() -> Locations.open(location)));
		} else if (answer != null) {
			answer.getRight().forEach(link -> targets.add(() -> Locations.open(link)));
		}
		return targets;
	}

	private record DefinitionLink(IRegion region, Runnable target) implements IHyperlink {
		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return "Open Definition";
		}

		@Override
		public void open() {
			target.run();
		}
	}
}
