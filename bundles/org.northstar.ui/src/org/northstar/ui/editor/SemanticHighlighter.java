package org.northstar.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.swt.custom.StyleRange;
import org.northstar.ui.lsp.Positions;
import org.northstar.ui.preferences.EditorPreferences;

/**
 * Colours from textDocument/semanticTokens laid over the lexical ones: names the server knows get the
 * colours of declarations and references. Keywords, strings and numbers stay lexical (instant).
 */
final class SemanticHighlighter implements ITextPresentationListener {

	private final SyntaxStyles styles;
	private List<StyleRange> ranges = List.of();

	SemanticHighlighter(SyntaxStyles styles) {
		this.styles = styles;
	}

	/** Decodes the tokens (relative line/start, length, type, modifiers) against the server's legend. */
	void setTokens(IDocument document, SemanticTokensWithRegistrationOptions provider, SemanticTokens tokens) {
		List<StyleRange> decoded = new ArrayList<>();
		if (provider != null && tokens != null && tokens.getData() != null) {
			SemanticTokensLegend legend = provider.getLegend();
			List<Integer> data = tokens.getData();
			int line = 0;
			int character = 0;
			for (int i = 0; i + 4 < data.size(); i += 5) {
				line += data.get(i);
				character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
				String key = colourKey(legend, data.get(i + 3), data.get(i + 4));
				if (key != null) {
					int offset = Positions.offset(document, new org.eclipse.lsp4j.Position(line, character));
					TextAttribute attribute = styles.attribute(key);
					decoded.add(new StyleRange(offset, data.get(i + 2), attribute.getForeground(), null,
							attribute.getStyle()));
				}
			}
		}
		ranges = decoded;
	}

	private static String colourKey(SemanticTokensLegend legend, int type, int modifiers) {
		if (legend == null || type >= legend.getTokenTypes().size()) {
			return null;
		}
		String name = legend.getTokenTypes().get(type);
		if (List.of("keyword", "string", "number", "comment", "operator").contains(name)) {
			return null;
		}
		int declaration = legend.getTokenModifiers().indexOf("declaration");
		int definition = legend.getTokenModifiers().indexOf("definition");
		boolean declares = declaration >= 0 && (modifiers & (1 << declaration)) != 0
				|| definition >= 0 && (modifiers & (1 << definition)) != 0;
		if (name.equals("enumMember")) {
			return EditorPreferences.COLOR_VALUE_WORD;
		}
		return declares ? EditorPreferences.COLOR_DECLARATION : EditorPreferences.COLOR_REFERENCE;
	}

	boolean hasTokens() {
		return !ranges.isEmpty();
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		int start = presentation.getExtent().getOffset();
		int end = start + presentation.getExtent().getLength();
		List<StyleRange> inside = new ArrayList<>();
		for (StyleRange range : ranges) {
			if (range.start >= start && range.start + range.length <= end) {
				inside.add(copy(range));
			}
		}
		if (!inside.isEmpty()) {
			presentation.mergeStyleRanges(inside.toArray(StyleRange[]::new));
		}
	}

	private static StyleRange copy(StyleRange range) {
		return new StyleRange(range.start, range.length, range.foreground, null, range.fontStyle);
	}
}
