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
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.northstar.core.rules.RuleIds;
import org.northstar.core.rules.Severity;

import com.google.inject.Inject;

/**
 * Validates loaded models with the language's validation: parser, linker,
 * the language's checks and the rule catalog (registered by
 * {@link LanguageSession#start}). Files are validated side by side on the
 * machine's cores; what each gets is what it gets when they are validated one
 * after the other. Get it from the session.
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

	private int threads = SideBySide.threads();

	/**
	 * How many files this validation checks at once: the machine's cores unless set; 1 checks them
	 * one after the other. What it finds is the same either way.
	 */
	public ModelValidation threads(int count) {
		this.threads = SideBySide.threads(count);
		return this;
	}

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
		List<Map.Entry<S, XtextResource>> files = List.copyOf(loaded.resources().entrySet());
		for (Map.Entry<S, XtextResource> file : files) {
			// rules read facts cached on other files (which teams a file gives work): each file's cache
			// is made here, so that no worker adds it to a file another worker reads
			if (file.getValue().getCache() instanceof OnChangeEvictingCache evicting) {
				evicting.getOrCreate(file.getValue());
			}
		}
		List<Checked> outcomes = new ArrayList<>(files.size());
		if (!files.isEmpty()) {
			// the first file alone: what the shared validators set up on first use is set up once
			outcomes.add(outcome(files.get(0).getValue(), cancel));
		}
		outcomes.addAll(SideBySide.map(files.subList(Math.min(1, files.size()), files.size()),
				file -> outcome(file.getValue(), cancel), threads, cancel));
		for (int i = 0; i < files.size(); i++) {
			S source = files.get(i).getKey();
			Checked checked = outcomes.get(i);
			problems.put(source, checked.failure() != null ? List.of(Problem.ofFailure(source.uri(), checked.failure()))
					: problems(source, files.get(i).getValue(), checked.issues()));
		}
		return problems;
	}

	/** A file's issues, or what its validation failed with. */
	private record Checked(List<Issue> issues, Throwable failure) {
	}

	private Checked outcome(XtextResource resource, CancelIndicator cancel) {
		Cancellation.check(cancel);
		try {
			return new Checked(issues(resource, cancel), null);
		} catch (CancellationException e) {
			throw e;
		} catch (RuntimeException | StackOverflowError e) {
			return new Checked(List.of(), e);
		}
	}

	private List<Problem> problems(ModelSource source, XtextResource resource, List<Issue> issues) {
		List<Problem> found = new ArrayList<>();
		for (Issue issue : issues) {
			Severity severity = severity(issue);
			if (severity != null) {
				found.add(problem(source, resource, issue, severity));
			}
		}
		found.sort(BY_POSITION);
		return List.copyOf(found);
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
		if (issue.getUriToProblem() == null || !issue.getUriToProblem().hasFragment()) {
			return null; // about the whole file (a validation that failed on it)
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
