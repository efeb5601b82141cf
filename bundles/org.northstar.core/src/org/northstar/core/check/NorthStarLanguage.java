package org.northstar.core.check;

import org.eclipse.emf.ecore.EPackage;
import org.northstar.core.rules.NorthStarRules;
import org.northstar.dsl.NorthStarStandaloneSetup;
import org.northstar.model.NorthStarPackage;

import com.google.inject.Injector;

/**
 * The language's injector, made once per process, with the EMF registrations
 * and the rule catalog registered: what a host needs before its first check.
 * The standalone setup is right inside OSGi too: without Xtext's Eclipse UI
 * nothing else registers the language for the .northstar extension, so the
 * CLI and the workbench build share this one.
 */
public final class NorthStarLanguage {

	private static Injector injector;

	private NorthStarLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			// The language's setup registers only what Xtext generated; the metamodel the grammar imports
			// comes from plugin.xml inside OSGi and from nowhere in a plain Java main, unless registered here.
			EPackage.Registry.INSTANCE.put(NorthStarPackage.eNS_URI, NorthStarPackage.eINSTANCE);
			injector = new NorthStarStandaloneSetup().createInjectorAndDoEMFRegistration();
			NorthStarRules.register();
		}
		return injector;
	}
}
