package org.northstar.dsl.resource;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.northstar.model.Input;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Product;
import org.northstar.model.WorkStream;

/**
 * Exports each product with the names of the teams it gives work (its inputs' owners, its work
 * streams' teams) as they are written, so that the index can tell which teams' files a change
 * concerns ({@link TeamAwareDescriptionManager}) without the references, which the language
 * server's index does not keep. The names are taken from the text, not resolved: a description is
 * computed before anything is linked.
 */
public class TeamsGivenWork extends DefaultResourceDescriptionStrategy {

	/** The user data key: the simple names of the teams, separated by commas, sorted. */
	static final String KEY = "teamsGivenWork";

	@Override
	public boolean createEObjectDescriptions(EObject element, IAcceptor<IEObjectDescription> acceptor) {
		if (element instanceof Product product) {
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(product);
			if (name != null) {
				acceptor.accept(new ProductDescription(name, product));
			}
			return true;
		}
		return super.createEObjectDescriptions(element, acceptor);
	}

	/**
	 * A product's description whose teams are read from the text when first asked: only an index
	 * that is kept (the language server's, the workspace's) asks, when it copies the description
	 * while the file is loaded; a load of 100k metrics that only links spent a sixth of its time on them.
	 */
	private static final class ProductDescription extends EObjectDescription {

		private volatile String teams;

		ProductDescription(QualifiedName name, Product product) {
			super(name, product, Map.of());
		}

		@Override
		public String getUserData(String key) {
			if (!KEY.equals(key)) {
				return super.getUserData(key);
			}
			String names = teams;
			if (names == null) {
				names = String.join(",", simpleNames((Product) getEObjectOrProxy()));
				teams = names;
			}
			return names;
		}

		@Override
		public String[] getUserDataKeys() {
			return new String[] { KEY };
		}
	}

	/** The teams named in a description's user data; empty for anything but a product giving work. */
	static Set<String> of(IEObjectDescription description) {
		String names = description.getUserData(KEY);
		return names == null || names.isEmpty() ? Set.of() : Set.of(names.split(","));
	}

	private static Set<String> simpleNames(Product product) {
		Set<String> names = new TreeSet<>();
		for (var it = product.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof Input) {
				addNames(element, NorthStarPackage.Literals.INPUT__OWNERS, names);
			} else if (element instanceof WorkStream) {
				addNames(element, NorthStarPackage.Literals.WORK_STREAM__TEAM, names);
			}
		}
		return names;
	}

	private static void addNames(EObject element, EReference reference, Set<String> names) {
		for (INode node : NodeModelUtils.findNodesForFeature(element, reference)) {
			String written = NodeModelUtils.getTokenText(node).strip();
			if (!written.isEmpty()) {
				names.add(written.substring(written.lastIndexOf('.') + 1));
			}
		}
	}
}
