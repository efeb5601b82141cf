package org.northstar.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.northstar.dsl.diagnostics.DiagnosticCodes;

import com.google.inject.Inject;

/**
 * Xtext's validation of one file, which may fail on that file only. A file that overflowed the
 * stack used to end the language server's build, and with it the diagnostics of every other file;
 * now it gets one error saying that North Star failed on it, and the build goes on.
 */
public class GuardedResourceValidator extends ResourceValidatorImpl {

	@Inject
	private OperationCanceledManager cancellations;

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		try {
			return super.validate(resource, mode, indicator);
		} catch (RuntimeException | StackOverflowError e) {
			cancellations.propagateIfCancelException(e);
			Issue.IssueImpl issue = new Issue.IssueImpl();
			issue.setSeverity(Severity.ERROR);
			issue.setCode(DiagnosticCodes.INTERNAL_ERROR);
			issue.setMessage("North Star failed on this file (" + e.getClass().getSimpleName()
					+ "); the other files were checked. Please report it with this file.");
			issue.setLineNumber(1);
			issue.setColumn(1);
			issue.setOffset(0);
			issue.setLength(0);
			issue.setUriToProblem(resource.getURI());
			return List.of(issue);
		}
	}
}
