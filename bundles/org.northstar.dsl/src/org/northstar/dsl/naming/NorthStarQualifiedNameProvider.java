package org.northstar.dsl.naming;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.northstar.model.Candidate;
import org.northstar.model.Metric;
import org.northstar.model.Product;

/**
 * Names are package, then product, then element: {@code acme.invoicely.Invoicely.Senders}.
 * Every metric of a product is named directly under the product, however deep it is
 * nested, so a formula can name any metric of its product by its simple name.
 * Candidates are strings, not names: they are never referenced.
 */
public class NorthStarQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	protected QualifiedName qualifiedName(Metric metric) {
		if (metric.getName() == null) {
			return null;
		}
		Product product = EcoreUtil2.getContainerOfType(metric.eContainer(), Product.class);
		QualifiedName simple = getConverter().toQualifiedName(metric.getName());
		if (product == null) {
			return simple;
		}
		QualifiedName productName = getFullyQualifiedName(product);
		return productName == null ? null : productName.append(simple);
	}

	protected QualifiedName qualifiedName(Candidate candidate) {
		return null;
	}
}
