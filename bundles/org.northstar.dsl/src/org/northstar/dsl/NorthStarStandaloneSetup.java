package org.northstar.dsl;


/**
 * Initialization support for running Xtext languages without Equinox extension registry.
 */
public class NorthStarStandaloneSetup extends NorthStarStandaloneSetupGenerated {

	public static void doSetup() {
		new NorthStarStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
