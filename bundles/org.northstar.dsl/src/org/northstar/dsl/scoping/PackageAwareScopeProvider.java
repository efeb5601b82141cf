package org.northstar.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;

/**
 * Files that declare the same package see each other's names without an
 * import: a {@code teams.northstar} beside the product files is the normal
 * layout. The file's own package is therefore an implicit wildcard import.
 * <p>
 * Everything inside a product is looked up from the product: nothing is
 * named beneath it but directly under it (metrics, however deep, and work
 * streams), and Xtext's lookup climbs one scope per container, asking each
 * for its resource (itself a climb), which made linking a formula of n
 * terms, a tree n levels deep, take time in n³.
 * While a loader links a whole set ({@link SettledNames}), each element's
 * scope is made once.
 */
public class PackageAwareScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		if (!(context instanceof NorthStarModel model)) {
			return List.of(); // imports stand at the top of a file only; Xtext would look through every element's children
		}
		List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
		if (model.getName() != null && !model.getName().isBlank()) {
			QualifiedName ownPackage = getQualifiedNameConverter().toQualifiedName(model.getName());
			resolvers.add(new ImportNormalizer(ownPackage, true, ignoreCase));
		}
		return resolvers;
	}

	@Override
	public IScope getScope(EObject context, EReference reference) {
		// Names are package, product, element: nothing is named beneath a metric, an expression or a
		// work stream, so whatever refers from inside a product sees what the product sees.
		Product product = EcoreUtil2.getContainerOfType(context, Product.class);
		EObject scoped = product != null ? product : context;
		return SettledNames.scope(scoped, reference.getEReferenceType(), () -> super.getScope(scoped, reference));
	}
}
