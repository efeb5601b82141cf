package org.northstar.dsl.formatting2;

import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.northstar.model.Import;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;
import org.northstar.model.ProductMember;
import org.northstar.model.TopLevelElement;

public class NorthStarFormatter extends AbstractJavaFormatter {

	protected void format(NorthStarModel northStarModel, IFormattableDocument doc) {
		// TODO: format HiddenRegions around keywords, attributes, cross references, etc. 
		for (Import _import : northStarModel.getImports()) {
			doc.format(_import);
		}
		for (TopLevelElement topLevelElement : northStarModel.getElements()) {
			doc.format(topLevelElement);
		}
	}

	protected void format(Product product, IFormattableDocument doc) {
		// TODO: format HiddenRegions around keywords, attributes, cross references, etc. 
		doc.format(product.getDataSource());
		for (ProductMember productMember : product.getMembers()) {
			doc.format(productMember);
		}
	}
	
	// TODO: implement for Metric, NorthStar, Input, BinaryOperation, Negation
}
