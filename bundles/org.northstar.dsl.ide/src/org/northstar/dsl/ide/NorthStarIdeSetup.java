package org.northstar.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.eclipse.xtext.util.Modules2;
import org.northstar.dsl.NorthStarRuntimeModule;
import org.northstar.dsl.NorthStarStandaloneSetup;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class NorthStarIdeSetup extends NorthStarStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new NorthStarRuntimeModule(), new NorthStarIdeModule()));
	}
	
}
