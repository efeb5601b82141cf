package org.northstar.workspace.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes the test projects of a test and deletes them afterwards. Builds run
 * only when a test asks for one (automatic builds off), so what a test sees
 * never depends on when the auto-build job happened to run; tests of
 * automatic builds use {@link #withAutoBuild()}.
 */
final class Projects implements BeforeEachCallback, AfterEachCallback {

	private final boolean autoBuild;
	private final List<TestProject> created = new ArrayList<>();

	Projects() {
		this(false);
	}

	private Projects(boolean autoBuild) {
		this.autoBuild = autoBuild;
	}

	static Projects withAutoBuild() {
		return new Projects(true);
	}

	TestProject withNature(String name) throws CoreException {
		return remember(TestProject.withNature(name));
	}

	TestProject withoutNature(String name) throws CoreException {
		return remember(TestProject.withoutNature(name));
	}

	/** A project with the nature and the two models of {@link Models}, not built yet. */
	TestProject withTeamsAndProduct(String name) throws CoreException {
		TestProject project = withNature(name);
		project.write(Models.TEAMS_FILE, Models.TEAMS);
		project.write(Models.PRODUCT_FILE, Models.PRODUCT);
		return project;
	}

	@Override
	public void beforeEach(ExtensionContext context) throws CoreException {
		TestProject.autoBuilding(autoBuild);
	}

	@Override
	public void afterEach(ExtensionContext context) throws CoreException {
		for (TestProject project : created) {
			project.close();
		}
		created.clear();
		TestProject.autoBuilding(false);
	}

	private TestProject remember(TestProject project) {
		created.add(project);
		return project;
	}
}
