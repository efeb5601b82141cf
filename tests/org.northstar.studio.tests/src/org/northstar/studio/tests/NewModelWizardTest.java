package org.northstar.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.northstar.studio.ExampleProject;
import org.northstar.workspace.builder.ProblemMarkers;

/**
 * File > New > North Star Model in the example project, filled in as a person does: the new model joins
 * the package of the project's teams file and its inputs are owned by teams that exist, so nothing is
 * an unresolved reference.
 */
class NewModelWizardTest {

	private static final String TITLE = "New North Star Model";

	private final IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.NAME);
	private final IFile pulse = project.getFile("pulse.northstar");

	@Test
	void aNewModelInTheExampleUsesItsPackageAndItsTeams() throws Exception {
		Waiting.until("the example project", Duration.ofSeconds(60), () -> project.isOpen() && project.getFile("teams.northstar").exists());
		Waiting.forBuilds();
		Shell wizard = Dialogs.open(NewModelWizardTest::openTheRegisteredWizard, TITLE);
		try {
			UiThread.run(() -> fillIn(wizard));
			Waiting.until("the wizard to close", Duration.ofSeconds(30), () -> UiThread.get(wizard::isDisposed));
		} finally {
			Dialogs.close(wizard);
		}
		Waiting.forBuilds();

		String text = Files.readString(Path.of(pulse.getLocationURI()));
		assertTrue(text.contains("package acme\n"), text);
		assertTrue(text.contains("owner Growth ") && text.contains("owner Partnerships "), text);
		assertEquals(List.of(), problems(pulse, IMarker.SEVERITY_ERROR), "no errors (unresolved-reference above all) in\n" + text);
		assertEquals(List.of(), problems(project.getFile("teams.northstar"), IMarker.SEVERITY_WARNING),
				"Partnerships owns an input now: no idle team is left");
	}

	/** The two pages as a person fills them in: the file's name, Next, the product, one owner changed, Finish. */
	private static void fillIn(Shell wizard) {
		Widgets.type(wizard, "File name:", "pulse.northstar");
		Widgets.press(wizard, "Next >");
		Widgets.type(wizard, "Product name:", "Pulse");
		Widgets.type(wizard, "Value statement:", "Teams see every week how their work moves their customers");
		assertEquals("acme", Widgets.text(wizard, "Package:").getText(), "the package of the project's teams file");
		assertEquals(List.of("Growth", "Billing", "Payments", "Discovery", "Listening", "Partnerships"),
				List.of(Widgets.combo(wizard, "ActiveTeams owned by:").getItems()), "the teams of package acme");
		Widgets.choose(wizard, "ReturningTeams owned by:", "Partnerships");
		Widgets.press(wizard, "Finish");
	}

	@AfterEach
	void deleteTheNewModel() throws CoreException {
		UiThread.run(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			for (IEditorReference editor : page.getEditorReferences()) {
				if (editor.getName().equals(pulse.getName())) {
					page.closeEditors(new IEditorReference[] { editor }, false);
				}
			}
		});
		if (pulse.exists()) {
			pulse.delete(true, null);
		}
		Waiting.forBuilds();
	}

	/** As File > New > Other... does: the wizard registered under New, on the selected project, in a wizard dialog. */
	private static void openTheRegisteredWizard() {
		try {
			IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("org.northstar.ui.wizards.newModel");
			IWorkbenchWizard wizard = descriptor.createWizard();
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.NAME)));
			new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard).open();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static List<String> problems(IFile file, int severity) throws CoreException {
		return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == severity)
				.map(m -> m.getAttribute(ProblemMarkers.RULE_ID, "?") + ": " + m.getAttribute(IMarker.MESSAGE, "")).toList();
	}
}
