package org.northstar.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.northstar.cli.Finding.Severity;
import org.northstar.cli.ModelFiles.ModelFile;
import org.northstar.cli.ModelLoader.Loaded;

import com.google.inject.Inject;

/** Validates loaded files with the language's validation (parser, linker, checks and the rule catalog). */
final class ModelValidation {

	@Inject
	private IResourceValidator validator;

	@Inject
	private IQualifiedNameProvider names;

	List<Finding> validate(Loaded loaded) {
		List<Finding> findings = new ArrayList<>(loaded.unreadable());
		for (Map.Entry<ModelFile, XtextResource> entry : loaded.resources().entrySet()) {
			for (Issue issue : validator.validate(entry.getValue(), CheckMode.ALL, CancelIndicator.NullImpl)) {
				Severity severity = severity(issue);
				if (severity != null) {
					findings.add(new Finding(entry.getKey().displayPath(), positive(issue.getLineNumber()),
							positive(issue.getColumn()), severity, issue.getCode() == null ? "syntax" : issue.getCode(),
							issue.getMessage(), elementName(entry.getValue(), issue)));
				}
			}
		}
		findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
				.thenComparingInt(Finding::column));
		return findings;
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
