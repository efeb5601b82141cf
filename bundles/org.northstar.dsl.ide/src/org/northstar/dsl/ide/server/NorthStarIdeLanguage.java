package org.northstar.dsl.ide.server;

import org.eclipse.emf.ecore.EPackage;
import org.northstar.core.rules.NorthStarRules;
import org.northstar.dsl.ide.NorthStarIdeSetup;
import org.northstar.model.NorthStarPackage;

import com.google.inject.Injector;

/** The language's injector with its editor services, made once per process, with the metamodel and the rule catalog registered. */
public final class NorthStarIdeLanguage {

	private static Injector injector;

	private NorthStarIdeLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			EPackage.Registry.INSTANCE.put(NorthStarPackage.eNS_URI, NorthStarPackage.eINSTANCE);
			injector = new NorthStarIdeSetup().createInjectorAndDoEMFRegistration();
			NorthStarRules.register();
		}
		return injector;
	}
}
