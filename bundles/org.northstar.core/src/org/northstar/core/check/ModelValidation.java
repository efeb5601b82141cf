package org.northstar.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;

import com.google.inject.Inject;

/**
 * Validates loaded models with the language's validation: parser, linker,
 * the language's checks and the rule catalog (registered by
 * {@link LanguageSession#start}). Get it from the session.
 */
public final class ModelValidation {

	private static final Comparator<Problem> BY_POSITION = Comparator.comparingInt(Problem::line)
			.thenComparingInt(Problem::column);

	@Inject
	private IResourceValidator validator;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private OperationCanceledManager cancellations;

	/**
	 * The problems of every source that was read, in the order loaded, each
	 * list sorted by position; a source without problems has an empty list, so
	 * hosts can clear what they showed for it before. Sources that could not be
	 * read at all are not in the map (see {@link LoadedModels#failures()}). A
	 * source whose validation fails gets one {@link org.northstar.core.rules.RuleIds#INTERNAL_ERROR}
	 * and the others are still validated.
	 *
	 * @throws CancellationException when {@code cancel} says so
	 */
	public <S extends ModelSource> Map<S, List<Problem>> validate(LoadedModels<S> loaded, CancelIndicator cancel) {
		Map<S, List<Problem>> problems = new LinkedHashMap<>();
		loaded.notText().forEach((source, problem) -> problems.put(source, List.of(problem)));
		for (Map.Entry<S, XtextResource> entry : loaded.resources().entrySet()) {
			Cancellation.check(cancel);
			List<Issue> issues;
			try {
				issues = issues(entry.getValue(), cancel);
			} catch (CancellationException e) {
				throw e;
			} catch (RuntimeException | StackOverflowError e) {
				problems.put(entry.getKey(), List.of(Problem.ofFailure(entry.getKey().uri(), e)));
				continue;
			}
			List<Problem> found = new ArrayList<>();
			for (Issue issue : issues) {
				Severity severity = severity(issue);
				if (severity != null) {
					found.add(problem(entry.getKey(), entry.getValue(), issue, severity));
				}
			}
			found.sort(BY_POSITION);
			problems.put(entry.getKey(), List.copyOf(found));
		}
		return problems;
	}

	private List<Issue> issues(XtextResource resource, CancelIndicator cancel) {
		try {
			return validator.validate(resource, CheckMode.ALL, cancel == null ? CancelIndicator.NullImpl : cancel);
		} catch (RuntimeException | Error e) {
			// Xtext signals cancellation with its own throwables; everything else is a real failure.
			if (cancellations.isOperationCanceledException(e)) {
				throw new CancellationException("The check of the North Star models was cancelled.");
			}
			throw e;
		}
	}

	private Problem problem(ModelSource source, XtextResource resource, Issue issue, Severity severity) {
		return new Problem(source.uri(), positive(issue.getLineNumber()), positive(issue.getColumn()),
				notNegative(issue.getOffset()), notNegative(issue.getLength()), severity,
				issue.getCode() == null ? RuleIds.SYNTAX : issue.getCode(), issue.getMessage(),
				elementName(resource, issue));
	}

	private static Severity severity(Issue issue) {
		return switch (issue.getSeverity()) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			case INFO -> Severity.INFO;
			default -> null;
		};
	}

	private static int positive(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}

	private static int notNegative(Integer value) {
		return value == null || value < 0 ? 0 : value;
	}

	/** The qualified name of the element the issue is about, or of the nearest named element around it. */
	private String elementName(XtextResource resource, Issue issue) {
		if (issue.getUriToProblem() == null) {
			return null;
		}
		EObject element = resource.getResourceSet().getEObject(issue.getUriToProblem(), false);
		for (EObject e = element; e != null; e = e.eContainer()) {
			QualifiedName name = names.getFullyQualifiedName(e);
			if (name != null) {
				return name.toString();
			}
		}
		return null;
	}
}
