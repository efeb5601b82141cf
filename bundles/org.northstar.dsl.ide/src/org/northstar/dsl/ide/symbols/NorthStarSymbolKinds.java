package org.northstar.dsl.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.northstar.model.NorthStarPackage;

/** Outline icons that say what an element is: the North Star stands out from the other metrics. */
public class NorthStarSymbolKinds extends DocumentSymbolKindProvider {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		NorthStarPackage model = NorthStarPackage.eINSTANCE;
		if (type == model.getProduct()) {
			return SymbolKind.Module;
		}
		if (type == model.getNorthStar()) {
			return SymbolKind.Constant;
		}
		if (type == model.getInput()) {
			return SymbolKind.Field;
		}
		if (type == model.getGuardrail() || type == model.getKpi()) {
			return SymbolKind.Property;
		}
		if (type == model.getTeam()) {
			return SymbolKind.Struct;
		}
		if (type == model.getWorkStream()) {
			return SymbolKind.Event;
		}
		return super.getSymbolKind(type);
	}
}
