package org.northstar.dsl.ide.quickfix;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.northstar.core.rules.RuleCatalog;
import org.northstar.core.rules.RuleIds;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Quick fixes, keyed by the diagnostic's code, which is the rule id: the fixes of that rule
 * first, then "Ignore rule-id here" for every rule of the catalog that judges the model (the
 * parser's and the linker's findings cannot be ignored, only fixed).
 */
public class NorthStarQuickfixes implements IQuickFixProvider {

	private static final Set<String> IGNORABLE = RuleCatalog.modelRules().stream().map(rule -> rule.id())
			.collect(Collectors.toUnmodifiableSet());

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	@Inject
	private EObjectAtOffsetHelper elementsAtOffset;

	@Inject
	private OwnerFixes ownerFixes;

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		String code = codeOf(diagnostic);
		return IGNORABLE.contains(code) || RuleIds.UNRESOLVED_REFERENCE.equals(code);
	}

	@Override
	public List<DiagnosticResolution> getResolutions(ICodeActionService2.Options options, Diagnostic diagnostic) {
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		if (options.getResource() instanceof XtextResource resource && resource.getParseResult() != null) {
			Document document = options.getDocument();
			int offset = document.getOffSet(diagnostic.getRange().getStart());
			EObject element = elementsAtOffset.resolveContainedElementAt(resource, offset);
			String code = codeOf(diagnostic);
			if (element != null) {
				addFixes(acceptor, code, element);
				if (IGNORABLE.contains(code)) {
					IgnoreRuleFix.ignore(acceptor, code, element);
				}
			}
			if (RuleIds.UNRESOLVED_REFERENCE.equals(code)) {
				UnresolvedReferenceFixes.unresolved(acceptor, resource, offset, document.getSubstring(diagnostic.getRange()));
			}
		}
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	private void addFixes(DiagnosticResolutionAcceptor acceptor, String code, EObject element) {
		switch (code) {
			case RuleIds.MISSING_GUARDRAIL -> SkeletonFixes.missingGuardrail(acceptor);
			case RuleIds.MISSING_KPI -> SkeletonFixes.missingKpi(acceptor);
			case RuleIds.INPUT_COUNT -> SkeletonFixes.tooFewInputs(acceptor, element);
			case RuleIds.INCOMPLETE_NORTH_STAR -> SkeletonFixes.incompleteNorthStar(acceptor, element);
			case RuleIds.UNOWNED_INPUT -> ownerFixes.unownedInput(acceptor, element);
			default -> {
				// the rule has no fix of its own; ignoring it is still offered
			}
		}
	}

	private static String codeOf(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? "" : diagnostic.getCode().map(left -> left, String::valueOf);
	}
}
