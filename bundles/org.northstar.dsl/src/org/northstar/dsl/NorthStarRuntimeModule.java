package org.northstar.dsl;

import com.google.inject.Binder;
import com.google.inject.name.Names;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IAstFactory;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.INamesAreUniqueValidationHelper;
import org.eclipse.xtext.validation.IResourceValidator;
import org.northstar.dsl.conversion.NorthStarValueConverters;
import org.northstar.dsl.diagnostics.NorthStarLinkingMessages;
import org.northstar.dsl.diagnostics.NorthStarSyntaxErrorMessages;
import org.northstar.dsl.naming.NorthStarQualifiedNameProvider;
import org.northstar.dsl.parser.GuardedNorthStarParser;
import org.northstar.dsl.parser.QuietElementFactory;
import org.northstar.dsl.resource.NorthStarResource;
import org.northstar.dsl.resource.TeamAwareDescriptionManager;
import org.northstar.dsl.resource.TeamsGivenWork;
import org.northstar.dsl.scoping.PackageAwareScopeProvider;
import org.northstar.dsl.validation.GuardedResourceValidator;
import org.northstar.dsl.validation.NorthStarNamesAreUnique;

/** Runtime bindings of the .northstar language; only what differs from Xtext's defaults. */
public class NorthStarRuntimeModule extends AbstractNorthStarRuntimeModule {

	/** The generated parser, guarded against models nested or formulas chained beyond what the tools can read. */
	@Override
	public Class<? extends IParser> bindIParser() {
		return GuardedNorthStarParser.class;
	}

	/** Elements made without notifications while the text is parsed (the parser turns them on after). */
	@Override
	public Class<? extends IAstFactory> bindIAstFactory() {
		return QuietElementFactory.class;
	}

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return GuardedResourceValidator.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return NorthStarResource.class;
	}

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

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return NorthStarSyntaxErrorMessages.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return NorthStarLinkingMessages.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(PackageAwareScopeProvider.class);
	}

	/**
	 * Each injector validates with validators of its own (Xtext's default is EMF's global registry):
	 * the rules a session adds cannot leak into another session's validation, and the validator of
	 * whichever injector was made last does not take over the language.
	 */
	@Override
	public EValidator.Registry bindEValidatorRegistry() {
		return new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
	}

	/**
	 * Without EMF's generic checks of every element (required features, enum values, proxies,
	 * containment): the grammar gives every element what it requires, and linking and the syntax
	 * already report what they would; they were a twentieth of a large workspace's validation and
	 * could only repeat an error in words made for Ecore modellers.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR))
				.toInstance(Boolean.FALSE);
	}

	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return TeamAwareDescriptionManager.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return TeamsGivenWork.class;
	}
}
