package org.northstar.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.ResourceUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.northstar.studio.ExampleProject;
import org.northstar.studio.NorthStarPerspective;

/**
 * The studio's first start, as a user sees it: a new workspace gets the example project, its main
 * model opens, and the Problems view lists the example's deliberate anti-patterns with their rule ids.
 */
class ExampleWorkspaceTest {

	private static final String PROBLEM_MARKER = "org.northstar.ui.problem";

	/** What the command line reports for the example (file:line severity rule), see README's validate. */
	private static final Set<String> EXAMPLE_PROBLEMS = Set.of(
			"invoicely.northstar:48 info correlated-input",
			"streamline.northstar:6 warning missing-guardrail",
			"streamline.northstar:10 warning vanity-north-star",
			"streamline.northstar:10 info game-mismatch",
			"streamline.northstar:22 error unowned-input",
			"streamline.northstar:28 info correlated-input",
			"teams.northstar:9 warning idle-team");

	private static IProject project;

	@BeforeAll
	static void firstStart() {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.NAME);
		Waiting.until("the example project", Duration.ofSeconds(60),
				() -> project.isOpen() && project.getFile(ExampleProject.MAIN_MODEL).exists());
		Waiting.until("the example's main model in an editor", Duration.ofSeconds(30), () -> activeEditor() != null);
		Waiting.forBuilds();
	}

	@Test
	void theExampleHoldsModelsTeamsAndData() throws CoreException {
		for (String file : new String[] { "invoicely.northstar", "streamline.northstar", "teams.northstar" }) {
			assertTrue(project.getFile(file).exists(), file);
		}
		assertTrue(project.getFolder("data").getFile("invoicely.csv").exists());
		assertTrue(project.hasNature("org.northstar.ui.nature"), "the example is validated by the North Star builder");
	}

	@Test
	void theProblemsOfTheExampleAreMarkedWithTheirRuleIds() throws CoreException {
		assertEquals(new TreeSet<>(EXAMPLE_PROBLEMS), problems());
	}

	@Test
	void aChangeInOneFileUpdatesTheMarkersOfAnother() throws Exception {
		IFile streamline = project.getFile("streamline.northstar");
		String original = Files.readString(Path.of(streamline.getLocationURI()));
		String owned = original.replace("""
				        dimension frequency  unit listeners  window weekly
				        relation multiplicative""", """
				        dimension frequency  unit listeners  window weekly
				        owner Partnerships   relation multiplicative""");
		try {
			write(streamline, owned);
			Set<String> problems = problems();
			assertTrue(problems.stream().noneMatch(p -> p.endsWith("unowned-input")), problems::toString);
			assertTrue(problems.stream().noneMatch(p -> p.startsWith("teams.northstar")),
					"Partnerships now owns an input, so teams.northstar is clean: " + problems);
		} finally {
			write(streamline, original);
		}
		assertEquals(new TreeSet<>(EXAMPLE_PROBLEMS), problems());
	}

	@Test
	void theStudioOpensInTheNorthStarPerspectiveWithTheMainModel() throws Exception {
		IWorkbenchPage page = UiThread.get(() -> window().getActivePage());
		assertEquals(NorthStarPerspective.ID, UiThread.get(() -> page.getPerspective().getId()));
		assertNotNull(UiThread.get(() -> page.findView(IPageLayout.ID_PROBLEM_VIEW)), "the Problems view is open");
		assertNotNull(UiThread.get(() -> page.findView(IPageLayout.ID_PROJECT_EXPLORER)), "the Project Explorer is open");
		IFile edited = UiThread.get(() -> ResourceUtil.getFile(activeEditor().getEditorInput()));
		assertEquals(project.getFile(ExampleProject.MAIN_MODEL), edited);
		Shell shell = UiThread.get(() -> window().getShell());
		assertTrue(UiThread.get(shell::getText).contains("North Star Studio"), "the window shows the product's name");
		UiThread.run(() -> shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea()));
		assertTrue(Files.size(Screenshots.save(shell, "example-workspace")) > 0);
	}

	private static Set<String> problems() throws CoreException {
		Waiting.forBuilds();
		Set<String> problems = new TreeSet<>();
		for (IMarker marker : project.findMarkers(PROBLEM_MARKER, true, IResource.DEPTH_INFINITE)) {
			problems.add(marker.getResource().getName() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, -1) + " "
					+ severity(marker) + " " + marker.getAttribute("ruleId", "?"));
		}
		return problems;
	}

	private static String severity(IMarker marker) {
		return switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
			case IMarker.SEVERITY_ERROR -> "error";
			case IMarker.SEVERITY_WARNING -> "warning";
			case IMarker.SEVERITY_INFO -> "info";
			default -> "unknown";
		};
	}

	private static void write(IFile file, String text) throws CoreException {
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
	}

	private static IWorkbenchWindow window() {
		IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
		return windows.length == 0 ? null : windows[0];
	}

	private static IEditorPart activeEditor() {
		return UiThread.get(() -> {
			IWorkbenchWindow window = window();
			return window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		});
	}
}
