package org.northstar.core.rules;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.northstar.core.rules.config.RuleProfile;
import org.northstar.core.rules.validation.RuleValidator;
import org.northstar.model.NorthStarPackage;

import com.google.inject.Guice;

/**
 * The one entry point for hosts (language server, CLI, tests): register the
 * rules, and choose an explicit profile. Call {@link #register()} after the
 * language is set up; calling it again does nothing more.
 */
public final class NorthStarRules {

	private static final RuleValidator VALIDATOR = new RuleValidator();

	private NorthStarRules() {
	}

	/**
	 * Adds the rules to the global EMF validator registry for the North Star
	 * package. Xtext's registrar composes them with the language's own validator
	 * (a CompositeEValidator), whichever is registered first, and the composite
	 * keeps one validator per class, so repeated calls are harmless.
	 */
	public static synchronized void register() {
		EValidatorRegistrar registrar = Guice
				.createInjector(binder -> binder.bind(EValidator.Registry.class).toInstance(EValidator.Registry.INSTANCE))
				.getInstance(EValidatorRegistrar.class);
		registrar.register(NorthStarPackage.eINSTANCE, VALIDATOR);
	}

	/** Applies a profile file over those found next to the models, e.g. for {@code northstar validate --rules FILE}. */
	public static void useProfile(Path file) {
		VALIDATOR.profiles().useExplicit(file);
	}

	/** Back to the profiles found next to the models. */
	public static void clearProfile() {
		VALIDATOR.profiles().useExplicit(null);
	}

	/** The profile that applies to a model, e.g. for the CLI to print its problems once. */
	public static RuleProfile profileFor(URI model) {
		return VALIDATOR.profiles().forModel(model);
	}
}
