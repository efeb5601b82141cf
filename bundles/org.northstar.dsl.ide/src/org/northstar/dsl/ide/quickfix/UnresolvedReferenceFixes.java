package org.northstar.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.northstar.model.NorthStarModel;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;
import org.northstar.model.TopLevelElement;

/**
 * For a name that links to nothing: declare it. A missing team becomes a team above the file's
 * first product; a missing metric named where an input belongs (targets, overlaps, formula terms)
 * becomes an input of the product that names it. Qualified names, missing North Stars and history
 * entries (an earlier North Star, which may rightly be gone) are left to the analyst.
 */
final class UnresolvedReferenceFixes {

	private UnresolvedReferenceFixes() {
	}

	static void unresolved(DiagnosticResolutionAcceptor acceptor, XtextResource resource, int offset, String name) {
		EReference reference = referenceAt(resource, offset);
		if (reference == null || !name.matches("\\w+")) {
			return;
		}
		EObject referrer = NodeModelUtils.findActualSemanticObjectFor(NodeModelUtils.findLeafNodeAtOffset(
				resource.getParseResult().getRootNode(), offset));
		EClass type = reference.getEReferenceType();
		NorthStarPackage model = NorthStarPackage.eINSTANCE;
		if (type == model.getTeam()) {
			createTeam(acceptor, EcoreUtil2.getContainerOfType(referrer, NorthStarModel.class), name);
		} else if (type == model.getInput() || reference == NorthStarPackage.Literals.METRIC_REFERENCE__METRIC) {
			createInput(acceptor, EcoreUtil2.getContainerOfType(referrer, Product.class), name);
		}
	}

	private static void createTeam(DiagnosticResolutionAcceptor acceptor, NorthStarModel model, String name) {
		TopLevelElement first = model == null || model.getElements().isEmpty() ? null : model.getElements().get(0);
		if (first == null) {
			return;
		}
		acceptor.accept("Create team " + name, (diagnostic, context, document) -> List.of(
				TextInsertions.blockAbove(first, document, List.of("team " + name))));
	}

	private static void createInput(DiagnosticResolutionAcceptor acceptor, Product product, String name) {
		if (product == null) {
			return;
		}
		acceptor.accept("Create input " + name, (diagnostic, context, document) -> List.of(
				TextInsertions.intoBody(product, document, List.of("input " + name + " \"...\" {",
						TextInsertions.INDENT + "dimension breadth  unit customers  window weekly",
						"}"))));
	}

	/** The reference whose text covers the offset: the cross-reference node is the leaf or one of its parents. */
	private static EReference referenceAt(XtextResource resource, int offset) {
		for (INode node = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset); node != null;
				node = node.getParent()) {
			if (GrammarUtil.containingCrossReference(node.getGrammarElement()) instanceof CrossReference crossReference) {
				return GrammarUtil.getReference(crossReference);
			}
		}
		return null;
	}
}
