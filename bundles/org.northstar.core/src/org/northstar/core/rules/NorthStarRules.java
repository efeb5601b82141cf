package org.northstar.core.rules;

import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.northstar.core.rules.validation.RuleValidator;
import org.northstar.model.NorthStarPackage;

import com.google.inject.Injector;

/** Hooks the rule catalog into a language injector's validation. */
public final class NorthStarRules {

	private NorthStarRules() {
	}

	/**
	 * Adds the rules to the injector's own validator registry (the language's runtime module gives
	 * each injector one, so two sessions in one process cannot see each other's validators). Xtext's
	 * registrar composes them with the language's own validator and keeps one validator per class,
	 * so calling this again does nothing more.
	 */
	public static void addTo(Injector injector) {
		injector.getInstance(EValidatorRegistrar.class).register(NorthStarPackage.eINSTANCE, injector.getInstance(RuleValidator.class));
	}
}
