package org.northstar.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.northstar.workspace.builder.NorthStarNature;
import org.northstar.workspace.builder.ProblemMarkers;

/**
 * After a crash the workspace comes back with the markers of its last save (none, for a young workspace)
 * and no change to build: the start-up of the studio checks the North Star projects again.
 */
class RevalidationOnStartTest {

	private IProject project;

	@BeforeEach
	void projectWithAProblem() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("after-a-crash");
		project.create(null);
		project.open(null);
		NorthStarNature.enable(project, null);
		String model = "package crash\nteam Core\nproduct Demo {\n    value \"Teams ship\"\n    game productivity\n"
				+ "    northstar Shipped \"Features shipped\" { unit features window weekly }\n"
				+ "    input Ideas \"Ideas tried\" { dimension breadth unit ideas window weekly relation additive }\n}\n";
		project.getFile("demo.northstar").create(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)), true, null);
		Waiting.forBuilds();
	}

	@AfterEach
	void deleteProject() throws CoreException {
		project.delete(true, null);
	}

	@Test
	void theStartUpOfTheStudioPutsLostMarkersBack() throws Exception {
		List<String> problems = problems();
		assertFalse(problems.isEmpty(), "the model has problems to begin with");

		// what a killed studio finds on its next start: no markers, and nothing changed that would start a build
		project.deleteMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		Waiting.forBuilds();
		assertEquals(List.of(), problems(), "the workspace alone does not notice");

		for (IStartup startup : startupsOf("org.northstar.ui")) {
			startup.earlyStartup();
		}
		Waiting.until("the markers to come back", Duration.ofSeconds(30), () -> problems.equals(problems()));
	}

	/** What the workbench runs after its window shows (extension point org.eclipse.ui.startup), for one bundle. */
	private static List<IStartup> startupsOf(String bundle) {
		IConfigurationElement[] elements = Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.startup");
		List<IStartup> startups = Arrays.stream(elements).filter(e -> e.getContributor().getName().equals(bundle)).map(e -> {
			try {
				return (IStartup) e.createExecutableExtension("class");
			} catch (CoreException x) {
				throw new AssertionError(x);
			}
		}).toList();
		assertFalse(startups.isEmpty(), bundle + " runs nothing at start");
		return startups;
	}

	private List<String> problems() {
		try {
			return Arrays.stream(project.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE))
					.map(m -> m.getAttribute(ProblemMarkers.RULE_ID, "?") + "@" + m.getAttribute(IMarker.LINE_NUMBER, -1)).sorted().toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}
}
