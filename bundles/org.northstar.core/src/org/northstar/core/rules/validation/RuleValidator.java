package org.northstar.core.rules.validation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.FeatureBasedDiagnostic;
import org.northstar.core.rules.Findings;
import org.northstar.core.rules.ModelRule;
import org.northstar.core.rules.RuleCatalog;
import org.northstar.core.rules.RuleData;
import org.northstar.core.rules.Severity;
import org.northstar.core.rules.config.RuleProfile;
import org.northstar.core.rules.config.ExplicitProfile;
import org.northstar.core.rules.config.RuleProfiles;
import org.northstar.model.NorthStarModel;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Runs the catalog's rules inside EMF validation, so that everything built on
 * Xtext's resource validation (language server, CLI, diagram) sees them. EMF
 * calls it once per element; each rule judges the elements of its kind. Each
 * finding becomes a {@link FeatureBasedDiagnostic} whose issue code is the
 * rule id and whose feature places it on the right text. One per language
 * injector (see {@code NorthStarRules.addTo}); the profile comes from the files
 * next to each model and from the {@link ExplicitProfile} of the resource set
 * being validated.
 */
@Singleton
public final class RuleValidator implements EValidator {

	/** Code of a warning about a broken profile file; it is not a rule, so it cannot be switched off. */
	public static final String PROFILE_PROBLEM = "rules-profile";

	private final RuleProfiles profiles = new RuleProfiles();

	/** The rules that judge each class of element, found once: EMF asks for every element of every file. */
	private final Map<EClass, List<ModelRule<?>>> rulesByClass = new ConcurrentHashMap<>();

	@Inject
	private RuleData data;

	@Override
	public boolean validate(EObject element, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(element.eClass(), element, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject element, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (diagnostics == null || !CheckMode.getCheckMode(context).shouldCheck(CheckType.NORMAL)) {
			return true;
		}
		RuleProfile profile = profileOf(element.eResource(), context);
		if (element.eContainer() == null) {
			if (element instanceof NorthStarModel model) {
				// EMF validates the root before what it contains: the data rules below then see the data
				data.attachTo(model);
			}
			for (String problem : profile.problems()) {
				diagnostics.add(diagnostic(Severity.WARNING, problem, element, null, Findings.WHOLE_FEATURE, PROFILE_PROBLEM));
			}
		}
		boolean noErrors = true;
		for (ModelRule<?> rule : rulesByClass.computeIfAbsent(element.eClass(), RuleValidator::rulesJudging)) {
			Severity severity = profile.severityOf(rule);
			if (severity == Severity.OFF) {
				continue;
			}
			boolean reported = judge(rule, severity, element, diagnostics);
			noErrors &= !(reported && severity == Severity.ERROR);
		}
		return noErrors;
	}

	@Override
	public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	private static List<ModelRule<?>> rulesJudging(EClass eClass) {
		return RuleCatalog.modelRules().stream().filter(rule -> rule.judges(eClass)).toList();
	}

	/** Runs one rule on one element; true if it reported anything that was not silenced. */
	private static boolean judge(ModelRule<?> rule, Severity severity, EObject element, DiagnosticChain diagnostics) {
		boolean[] reported = {false};
		rule.check(element, (causer, feature, index, message) -> {
			if (!Suppressions.silences(causer, rule.id())) {
				diagnostics.add(diagnostic(severity, message, causer, feature, index, rule.id()));
				reported[0] = true;
			}
		});
		return reported[0];
	}

	/** The key of a resource's profile in a validation's context (not a string made for every element). */
	private record ProfileOf(Resource resource) {
	}

	/** One profile per resource and validation run: files are looked up once, not once per element. */
	private RuleProfile profileOf(Resource resource, Map<Object, Object> context) {
		if (resource == null || context == null) {
			return profiles.forModel(null);
		}
		return (RuleProfile) context.computeIfAbsent(new ProfileOf(resource),
				k -> profiles.forModel(resource.getURI(), ExplicitProfile.of(resource.getResourceSet())));
	}

	private static FeatureBasedDiagnostic diagnostic(Severity severity, String message, EObject causer,
			EStructuralFeature feature, int index, String code) {
		return new FeatureBasedDiagnostic(severity.diagnosticSeverity(), message, causer, feature, index, CheckType.NORMAL, code);
	}
}
