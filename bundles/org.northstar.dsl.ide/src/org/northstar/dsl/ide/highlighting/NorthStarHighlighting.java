package org.northstar.dsl.ide.highlighting;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.model.Metric;
import org.northstar.model.Product;
import org.northstar.model.Team;
import org.northstar.model.WorkStream;

/**
 * Semantic highlighting: what a lexer cannot tell apart. A name is a metric, a team or a product
 * whether it is declared or referenced, and an enumeration value such as {@code weekly} is a value,
 * not a keyword. Keywords, strings and comments are left to the client's lexical grammar.
 */
public class NorthStarHighlighting implements ISemanticHighlightingCalculator {

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		TreeIterator<INode> nodes = resource.getParseResult().getRootNode().getAsTreeIterable().iterator();
		while (nodes.hasNext() && !cancelIndicator.isCanceled()) {
			INode node = nodes.next();
			// a qualified name is a composite of several leaves: colour it whole, once
			if (GrammarUtil.containingCrossReference(node.getGrammarElement()) instanceof CrossReference reference) {
				String style = styleOfType(GrammarUtil.getReference(reference).getEReferenceType().getInstanceClass());
				if (style != null) {
					acceptor.addPosition(node.getOffset(), node.getLength(), style);
				}
				nodes.prune();
			} else if (node instanceof ILeafNode leaf && !leaf.isHidden()) {
				highlightLeaf(leaf, acceptor);
			}
		}
	}

	private static void highlightLeaf(ILeafNode leaf, IHighlightedPositionAcceptor acceptor) {
		EObject grammarElement = leaf.getGrammarElement();
		if (grammarElement == null) {
			return; // text the parser could not place
		}
		// the leaf of an enumeration value is the literal's keyword, inside its declaration
		if (grammarElement instanceof EnumLiteralDeclaration || grammarElement.eContainer() instanceof EnumLiteralDeclaration) {
			acceptor.addPosition(leaf.getOffset(), leaf.getLength(), TokenStyles.ENUM_VALUE);
		} else if (GrammarUtil.containingAssignment(grammarElement) instanceof Assignment assignment
				&& "name".equals(assignment.getFeature())) {
			EObject declared = NodeModelUtils.findActualSemanticObjectFor(leaf);
			String style = declared == null ? null : styleOfType(declared.eClass().getInstanceClass());
			if (style != null) {
				acceptor.addPosition(leaf.getOffset(), leaf.getLength(), style, TokenStyles.DECLARATION);
			}
		}
	}

	/** The style of elements of a type, or null for those that are not highlighted. */
	private static String styleOfType(Class<?> type) {
		if (type == null) {
			return null;
		}
		if (Metric.class.isAssignableFrom(type)) {
			return TokenStyles.METRIC;
		}
		if (Team.class.isAssignableFrom(type)) {
			return TokenStyles.TEAM;
		}
		if (Product.class.isAssignableFrom(type) || WorkStream.class.isAssignableFrom(type)) {
			return TokenStyles.CONTAINER;
		}
		return null;
	}
}
