package org.northstar.dsl.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.preferences.TypedPreferenceKey;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Pair;
import org.northstar.model.DataSource;
import org.northstar.model.Expression;
import org.northstar.model.NamedElement;
import org.northstar.model.NorthStarModel;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;

/**
 * The one canonical layout of .northstar files: one clause per line, bodies
 * indented by four spaces, single spaces between the tokens of a line, and
 * comments kept exactly as written.
 * <p>
 * Every hidden region is set by exactly one owner, so that no two rules ever
 * compete for it: an object formats the gaps between its own tokens and the
 * gap in front of each of its children; the gap in front of its own first
 * token belongs to its container.
 */
public class NorthStarFormatter extends AbstractJavaFormatter {

	private static final String INDENTATION = "    ";

	// ------------------------------------------------------------------ file

	/**
	 * What the regions are of: a file's model, or one element serialized alone (a tree edit's new
	 * element), which then gets the layout it has in a file. Xtext formats the resource's model
	 * instead, which has no regions when an element is serialized alone, and the element came out
	 * on one line.
	 */
	@Override
	protected void _format(XtextResource resource, IFormattableDocument doc) {
		IEObjectRegion root = getTextRegionAccess().regionForRootEObject();
		if (root == null) {
			super._format(resource, doc);
		} else {
			doc.format(root.getSemanticElement());
		}
	}

	protected void format(NorthStarModel model, IFormattableDocument doc) {
		IEObjectRegion file = regionForEObject(model);
		if (file == null) {
			return;
		}
		doc.set(file.getPreviousHiddenRegion(), f -> {
			f.noSpace();
			f.setNewLines(0, 0, 0);
		});
		if (file.getNextHiddenRegion() == file.getPreviousHiddenRegion()) {
			return; // nothing but blanks and comments
		}
		doc.set(file.getNextHiddenRegion(), this::newLine);
		doc.prepend(regionFor(model).feature(NorthStarPackage.Literals.NORTH_STAR_MODEL__NAME), this::oneSpace);

		EObject previous = null;
		for (EObject item : model.eContents()) { // the imports, then the teams and products
			startTopLevelLine(item, previous, model, doc);
			previous = item;
			doc.format(item);
		}
	}

	/**
	 * A blank line separates top-level items of different kinds (and products
	 * from anything); items of one kind keep at most one blank line between them.
	 */
	private void startTopLevelLine(EObject item, EObject previous, NorthStarModel model, IFormattableDocument doc) {
		if (previous == null && model.getName() == null) {
			return; // the first token of the file
		}
		if (blankLineBefore(item, previous)) {
			doc.prepend(item, f -> f.setNewLines(2));
		} else {
			doc.prepend(item, f -> f.setNewLines(1, 1, 2));
		}
	}

	/**
	 * Whether the canonical layout puts a blank line between the top-level {@code item} and the item
	 * before it ({@code previous}; null after the package line): always, unless they are of one kind
	 * and not products. A tree edit that inserts a top-level item writes it so.
	 */
	public static boolean blankLineBefore(EObject item, EObject previous) {
		return previous == null || previous.eClass() != item.eClass() || item instanceof Product;
	}

	// ---------------------------------------------------------------- blocks

	/**
	 * Teams, products, metrics and work streams: a header line, then a body of
	 * clauses and members between braces. Every keyword inside the body except
	 * {@code secondary} starts a clause, which the grammar guarantees.
	 */
	protected void format(NamedElement element, IFormattableDocument doc) {
		for (Pair<ISemanticRegion, ISemanticRegion> braces : regionFor(element).keywordPairs("{", "}")) {
			formatBraces(braces.getKey(), braces.getValue(), doc);
		}
		ISemanticRegion first = firstToken(element);
		for (ISemanticRegion token : semanticRegions(element)) {
			String text = token.getText();
			if (token == first || text.equals("{") || text.equals("}")) {
				continue;
			}
			if (text.equals(",")) {
				doc.prepend(token, this::noSpace);
			} else if (startsClause(token)) {
				startLine(token, doc);
			} else {
				doc.prepend(token, this::oneSpace);
			}
		}
		for (EObject child : element.eContents()) {
			if (child instanceof Expression || child instanceof DataSource) {
				doc.prepend(child, this::oneSpace); // formula ..., data csv ...
			} else {
				startLine(firstToken(child), doc);
			}
			doc.format(child);
		}
	}

	private void formatBraces(ISemanticRegion open, ISemanticRegion close, IFormattableDocument doc) {
		doc.prepend(open, this::oneSpace);
		if (open.getNextSemanticRegion() == close) {
			doc.append(open, this::oneSpace); // an empty body stays { }
		} else {
			doc.prepend(close, this::newLine);
			doc.interior(open, close, this::indent);
		}
	}

	private static boolean startsClause(ISemanticRegion token) {
		return token.getGrammarElement() instanceof Keyword && !token.getText().equals("secondary");
	}

	/** Right after an opening brace exactly one line break; elsewhere the user's blank line survives. */
	private void startLine(ISemanticRegion token, IFormattableDocument doc) {
		if (token.getPreviousSemanticRegion().getText().equals("{")) {
			doc.prepend(token, this::newLine);
		} else {
			doc.prepend(token, f -> f.setNewLines(1, 1, 2));
		}
	}

	private ISemanticRegion firstToken(EObject object) {
		return regionForEObject(object).getPreviousHiddenRegion().getNextSemanticRegion();
	}

	// ------------------------------------------------------------ one-liners

	/**
	 * Everything without a method of its own is one line with single spaces:
	 * imports, data sources, candidates, scores, targets, history entries.
	 */
	@Override
	protected void _format(EObject line, IFormattableDocument doc) {
		ISemanticRegion first = firstToken(line);
		for (ISemanticRegion token : semanticRegions(line)) {
			if (token != first) {
				doc.prepend(token, this::oneSpace);
			}
		}
	}

	// -------------------------------------------------------------- formulas

	/**
	 * A whole formula in one pass over its tokens: single spaces around binary operators, none
	 * inside parentheses or after a unary minus. Not one call per operation, because a formula of
	 * thousands of terms is a tree thousands of levels deep, and recursing down it overflowed the
	 * stack; the sub-expressions are therefore not formatted on their own.
	 */
	protected void format(Expression formula, IFormattableDocument doc) {
		for (ISemanticRegion token : regionForEObject(formula).getAllSemanticRegions()) {
			switch (token.getText()) {
				case "(" -> doc.append(token, this::noSpace);
				case ")" -> doc.prepend(token, this::noSpace);
				default -> {
					if (isBinaryOperator(token)) {
						doc.surround(token, this::oneSpace);
					} else if (token.getText().equals("-")) {
						doc.append(token, this::noSpace); // a negation
					}
				}
			}
		}
	}

	/** The operators of a binary operation are enum literals ({@code + - * /}); a negation's minus is a keyword. */
	private static boolean isBinaryOperator(ISemanticRegion token) {
		EObject element = token.getGrammarElement();
		return element instanceof RuleCall call && call.getRule() instanceof EnumRule
				|| EcoreUtil2.getContainerOfType(element, EnumRule.class) != null;
	}

	// -------------------------------------------------------------- settings

	/** Comments are the analysts' words: never re-indented inside, never re-spaced. */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		return new VerbatimCommentReplacer(comment);
	}

	@Override
	public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		return new CommentAwareHiddenRegionReplacer(region, formatting);
	}

	@Override
	public ITextReplacer createWhitespaceReplacer(ITextSegment whitespace, IHiddenRegionFormatting formatting) {
		return new WhitespaceAfterCommentReplacer(whitespace, formatting);
	}

	/**
	 * The layout is canonical: four spaces, whatever an editor's preferences say. Lines end as the
	 * file's own lines do (a Windows checkout stays CRLF), not as the platform's.
	 */
	@Override
	@SuppressWarnings("unchecked")
	public <T> T getPreference(TypedPreferenceKey<T> key) {
		if (key == FormatterPreferenceKeys.indentation) {
			return (T) INDENTATION;
		}
		if (key == FormatterPreferenceKeys.lineSeparator) {
			return (T) LineEndings.of(getRequest().getTextRegionAccess().regionForDocument().getText());
		}
		return super.getPreference(key);
	}
}
