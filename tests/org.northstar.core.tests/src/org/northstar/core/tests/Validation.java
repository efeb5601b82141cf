package org.northstar.core.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.northstar.core.rules.NorthStarRules;
import org.northstar.metrics.ComputedStatus;
import org.northstar.metrics.ProductMetrics;
import org.northstar.metrics.data.CsvData;
import org.northstar.metrics.data.DataException;
import org.northstar.model.Metric;
import org.northstar.model.Product;
import org.northstar.testing.Workspace;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/** Validates models with the rules registered, as the language server and CLI will. */
public class Validation {

	@Inject
	private Provider<Workspace> workspaces;

	@Inject
	private Injector injector;

	/** Issues of one file holding {@code text}. */
	public List<Issue> issues(String text) {
		return issues(workspaces.get().file(Example.PATH, text), Example.PATH);
	}

	/** Issues of one file of a workspace of several. */
	public List<Issue> issues(Workspace workspace, String path) {
		NorthStarRules.addTo(injector);
		return workspace.load().issues(path);
	}

	/**
	 * Issues of one file holding {@code text}, its first product's data read from {@code csv} (wide or
	 * long CSV) and attached, as {@code northstar validate --data} does: the data rules see it.
	 */
	public List<Issue> issuesWithData(String text, String csv) {
		NorthStarRules.addTo(injector);
		Workspace workspace = workspaces.get().file(Example.PATH, text).load();
		Product product = workspace.model(Example.PATH).getProducts().get(0);
		try {
			Path file = Files.createTempFile("northstar-data", ".csv");
			try {
				Files.writeString(file, csv);
				Set<String> names = ProductMetrics.metricsOf(product).stream().map(Metric::getName).collect(Collectors.toSet());
				ComputedStatus.attach(product, CsvData.read(file, "data.csv", names, product.getName()));
			} finally {
				Files.delete(file);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (DataException e) {
			throw new AssertionError("the test's data is broken: " + e.getMessage(), e);
		}
		return workspace.issues(Example.PATH);
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
