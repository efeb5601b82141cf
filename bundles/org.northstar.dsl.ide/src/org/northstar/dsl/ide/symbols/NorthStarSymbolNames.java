package org.northstar.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.northstar.model.NamedElement;
import org.northstar.model.NorthStarModel;

import com.google.inject.Inject;

/**
 * Outline names as written in the file ({@code Senders}), not qualified
 * ({@code acme.invoicely.Invoicely.Senders}): the outline's nesting already says where an element is.
 * Only elements with a qualified name are symbols, as in Xtext's default, except the file's package:
 * products and teams are the outline's first level.
 */
public class NorthStarSymbolNames extends DocumentSymbolNameProvider {

	@Inject
	private IQualifiedNameProvider qualifiedNames;

	@Override
	public String getName(EObject element) {
		if (element instanceof NorthStarModel) {
			return null;
		}
		if (element instanceof NamedElement named && qualifiedNames.getFullyQualifiedName(element) != null) {
			return named.getName();
		}
		return super.getName(element);
	}
}
