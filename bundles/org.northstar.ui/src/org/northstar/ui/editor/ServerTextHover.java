package org.northstar.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.information.IInformationProviderExtension2;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.northstar.ui.lsp.Answers;
import org.northstar.ui.lsp.DocumentSync;
import org.northstar.ui.lsp.Positions;

/**
 * Hover: the problems at the mouse ("[rule-id] message") above what textDocument/hover says about the
 * element, as Markdown, shown rendered by {@link MarkdownInformationControl} (also on F2).
 */
final class ServerTextHover implements ITextHover, ITextHoverExtension, IInformationProviderExtension2 {

	private static final long ANSWER_MILLIS = 1500;

	private final Supplier<DocumentSync> sync;

	ServerTextHover(Supplier<DocumentSync> sync) {
		this.sync = sync;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		List<String> parts = new ArrayList<>(problemsAt(viewer, region.getOffset()));
		String element = serverHover(viewer, region.getOffset());
		if (element != null && !element.isBlank()) {
			parts.add(element.strip());
		}
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	private static List<String> problemsAt(ITextViewer viewer, int offset) {
		List<String> texts = new ArrayList<>();
		if (viewer instanceof ISourceViewer source && source.getAnnotationModel() != null) {
			IAnnotationModel model = source.getAnnotationModel();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				Position position = model.getPosition(annotation);
				if (annotation instanceof DiagnosticAnnotation && position != null
						&& position.getOffset() <= offset && offset <= position.getOffset() + position.getLength()) {
					texts.add(annotation.getText());
				}
			}
		}
		return texts;
	}

	private String serverHover(ITextViewer viewer, int offset) {
		DocumentSync document = sync.get();
		if (document == null) {
			return null;
		}
		document.flush();
		HoverParams params = new HoverParams(document.identifier(), Positions.position(viewer.getDocument(), offset));
		Hover hover = Answers.await(document.connection().request(server -> server.hover(params)), ANSWER_MILLIS, null);
		return hover == null || hover.getContents() == null ? null : text(hover);
	}

	/** The hover as Markdown (plain text is Markdown too; marked strings are code). */
	static String text(Hover hover) {
		if (hover.getContents().isRight()) {
			return hover.getContents().getRight().getValue();
		}
		List<String> parts = new ArrayList<>();
		for (Either<String, MarkedString> part : hover.getContents().getLeft()) {
			parts.add(part.isLeft() ? part.getLeft() : "```\n" + part.getRight().getValue() + "\n```");
		}
		return String.join("\n\n", parts);
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return MarkdownInformationControl.hoverCreator();
	}

	@Override
	public IInformationControlCreator getInformationPresenterControlCreator() {
		return MarkdownInformationControl.presenterCreator();
	}
}
