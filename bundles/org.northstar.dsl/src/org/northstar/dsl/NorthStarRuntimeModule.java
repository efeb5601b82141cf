package org.northstar.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.validation.INamesAreUniqueValidationHelper;
import org.northstar.dsl.conversion.NorthStarValueConverters;
import org.northstar.dsl.naming.NorthStarQualifiedNameProvider;
import org.northstar.dsl.validation.NorthStarNamesAreUnique;

/** Runtime bindings of the .northstar language; only what differs from Xtext's defaults. */
public class NorthStarRuntimeModule extends AbstractNorthStarRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return NorthStarValueConverters.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return NorthStarQualifiedNameProvider.class;
	}

	public Class<? extends INamesAreUniqueValidationHelper> bindINamesAreUniqueValidationHelper() {
		return NorthStarNamesAreUnique.class;
	}
}
