package org.northstar.cli;

import org.northstar.dsl.NorthStarStandaloneSetup;

import com.google.inject.Injector;

/** The language's injector, made once per process, with the EMF registrations a plain Java main needs. */
final class Language {

	private static Injector injector;

	private Language() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new NorthStarStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
