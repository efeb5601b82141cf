package org.northstar.core.tests;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.northstar.core.rules.NorthStarRules;
import org.northstar.testing.Workspace;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Validates models with the rules registered, as the language server and CLI will. */
public class Validation {

	@Inject
	private Provider<Workspace> workspaces;

	/** Issues of one file holding {@code text}. */
	public List<Issue> issues(String text) {
		return issues(workspaces.get().file(Example.PATH, text), Example.PATH);
	}

	/** Issues of one file of a workspace of several. */
	public List<Issue> issues(Workspace workspace, String path) {
		NorthStarRules.register();
		return workspace.load().issues(path);
	}

	public Workspace workspace() {
		return workspaces.get();
	}

	public static List<String> codes(List<Issue> issues) {
		return issues.stream().map(Issue::getCode).toList();
	}

	public static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(issue -> code.equals(issue.getCode())).toList();
	}

	/** Errors and warnings: what makes a model not clean. */
	public static List<Issue> complaints(List<Issue> issues) {
		return issues.stream().filter(issue -> issue.getSeverity() != Severity.INFO).toList();
	}
}
