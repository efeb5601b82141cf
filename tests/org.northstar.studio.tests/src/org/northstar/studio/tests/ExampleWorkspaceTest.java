package org.northstar.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.ResourceUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.northstar.core.rules.RuleIds;
import org.northstar.studio.ExampleProject;
import org.northstar.studio.NorthStarPerspective;
import org.northstar.workspace.builder.NorthStarNature;
import org.northstar.workspace.builder.ProblemMarkers;

/**
 * The studio's first start, as a user sees it: a new workspace gets the example project, its main
 * model opens, and the Problems view lists the example's deliberate anti-patterns with their rule ids.
 */
class ExampleWorkspaceTest {

	private static final String PROBLEM_MARKER = ProblemMarkers.TYPE;

	/**
	 * What the command line reports for the example with its data (file:line severity rule), see
	 * README's validate --data: the studio judges the models against the data it loaded.
	 */
	private static final Set<String> EXAMPLE_PROBLEMS = Set.of(
			"invoicely.northstar:43 info weak-driver",
			"invoicely.northstar:46 info weak-driver",
			"invoicely.northstar:56 warning guardrail-breached",
			"streamline.northstar:37 info kpi-divergence",
			"invoicely.northstar:48 info correlated-input",
			"invoicely.northstar:54 info correlated-input",
			"streamline.northstar:6 warning missing-guardrail",
			"streamline.northstar:10 warning vanity-north-star",
			"streamline.northstar:10 info game-mismatch",
			"streamline.northstar:25 error unowned-input",
			"streamline.northstar:32 info correlated-input",
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
		assertTrue(NorthStarNature.isEnabled(project), "the example is validated by the North Star builder");
	}

	@Test
	void theProblemsOfTheExampleAreMarkedWithTheirRuleIds() {
		// the rules over data speak once the data is loaded, in the background after the first build
		Waiting.until("the example's problems, those of its data too", Duration.ofSeconds(60),
				() -> problems().equals(new TreeSet<>(EXAMPLE_PROBLEMS)));
		assertEquals(new TreeSet<>(EXAMPLE_PROBLEMS), problems());
	}

	@Test
	void aChangeInOneFileUpdatesTheMarkersOfAnother() throws Exception {
		IFile streamline = project.getFile("streamline.northstar");
		String original = Files.readString(Path.of(streamline.getLocationURI()));
		String owned = original.replace("window weekly\n        relation multiplicative",
				"window weekly\n        owner Partnerships relation multiplicative");
		assertNotEquals(original, owned, "the test's edit applies to the example");
		try {
			write(streamline, owned);
			Waiting.until("the owner of ReturningListeners to clear unowned-input and idle-team", Duration.ofSeconds(30),
					() -> problems().stream().noneMatch(p -> p.endsWith(RuleIds.UNOWNED_INPUT) || p.startsWith("teams.northstar")));
			assertTrue(problems().contains("streamline.northstar:10 warning vanity-north-star"), "other problems stay");
		} finally {
			write(streamline, original);
		}
		Waiting.until("the example's problems to come back", Duration.ofSeconds(30),
				() -> problems().equals(new TreeSet<>(EXAMPLE_PROBLEMS)));
	}

	@Test
	void theStudioOpensInTheNorthStarPerspectiveWithTheMainModel() throws Exception {
		IWorkbenchPage page = UiThread.get(() -> window().getActivePage());
		assertEquals(NorthStarPerspective.ID, UiThread.get(() -> page.getPerspective().getId()));
		assertNotNull(UiThread.get(() -> page.findView(IPageLayout.ID_PROBLEM_VIEW)), "the Problems view is open");
		assertNotNull(UiThread.get(() -> page.findView(IPageLayout.ID_PROJECT_EXPLORER)), "the Project Explorer is open");
		// other tests may have opened editors since: the main model is among the open ones
		List<IFile> edited = UiThread.get(() -> java.util.Arrays.stream(page.getEditorReferences()).map(reference -> {
			try {
				return ResourceUtil.getFile(reference.getEditorInput());
			} catch (org.eclipse.ui.PartInitException e) {
				return null;
			}
		}).toList());
		assertTrue(edited.contains(project.getFile(ExampleProject.MAIN_MODEL)), edited::toString);
		Shell shell = UiThread.get(() -> window().getShell());
		assertTrue(UiThread.get(shell::getText).contains("North Star Studio"), "the window shows the product's name");
		UiThread.run(() -> showProblems(page, shell));
		assertTrue(Files.size(Screenshots.save(shell, "example-workspace")) > 0);
	}

	/** For the screenshot: the flawed model in the editor, every problem listed. */
	private static void showProblems(IWorkbenchPage page, Shell shell) {
		try {
			IDE.openEditor(page, project.getFile("streamline.northstar"));
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
		IViewPart problemsView = page.findView(IPageLayout.ID_PROBLEM_VIEW);
		if (problemsView.getSite().getSelectionProvider() instanceof AbstractTreeViewer viewer) {
			viewer.expandAll();
		}
	}

	private static Set<String> problems() {
		Waiting.forBuilds();
		Set<String> problems = new TreeSet<>();
		try {
			for (IMarker marker : project.findMarkers(PROBLEM_MARKER, true, IResource.DEPTH_INFINITE)) {
				problems.add(marker.getResource().getName() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, -1) + " "
						+ severity(marker) + " " + marker.getAttribute(ProblemMarkers.RULE_ID, "?"));
			}
		} catch (CoreException e) {
			throw new AssertionError("Cannot read the markers of " + project, e);
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
