package org.northstar.testing;

import org.eclipse.xtext.util.Modules2;
import org.northstar.dsl.NorthStarRuntimeModule;
import org.northstar.dsl.NorthStarStandaloneSetup;
import org.northstar.dsl.ide.NorthStarIdeModule;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The language injector with the editor services (change serializer, language server parts). */
public class NorthStarIdeInjectorProvider extends NorthStarInjectorProvider {

	@Override
	protected Injector createInjector() {
		return new NorthStarStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(new NorthStarRuntimeModule(), new NorthStarIdeModule()));
			}
		}.createInjectorAndDoEMFRegistration();
	}
}
