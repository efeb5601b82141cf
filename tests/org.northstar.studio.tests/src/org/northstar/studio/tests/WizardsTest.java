package org.northstar.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.northstar.core.check.ModelSource;
import org.northstar.core.check.Problem;
import org.northstar.core.rules.Severity;
import org.northstar.core.templates.StartingModel;
import org.northstar.ui.NorthStarUiPlugin;
import org.northstar.workspace.builder.NorthStarNature;
import org.northstar.ui.wizards.ImportNorthStarFolderWizard;
import org.northstar.ui.wizards.NewNorthStarModelWizard;
import org.northstar.ui.wizards.NewNorthStarProjectWizard;

/** Each wizard, driven as a user would fill it in, writes files that validate without errors. */
class WizardsTest {

	@ParameterizedTest
	@EnumSource(StartingModel.class)
	void aNewProjectHasTeamsAModelAndADataFolderThatValidate(StartingModel start) throws Exception {
		String name = "Tracker " + start.name().toLowerCase();
		NewNorthStarProjectWizard wizard = new NewNorthStarProjectWizard();
		wizard.setInitialProjectName(name);
		finish(wizard, w -> {
			w.productPage().setProductName("Tracker");
			w.productPage().setValueStatement("Teams finish the work they planned for the week");
			w.productPage().setStartingModel(start);
		});
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		assertEquals(project.getFile("tracker.northstar"), wizard.model(), "the model is named after the product");
		assertTrue(project.getFile("teams.northstar").exists());
		assertTrue(NorthStarNature.isEnabled(project));
		assertTrue(project.getFolder("data").exists());
		assertEquals(List.of(), errors(project.getFile("teams.northstar"), project.getFile("tracker.northstar")));
		assertEquals(List.of(), errorMarkers(project));
	}

	@Test
	void aNewModelBesideOtherModelsValidates() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("model-wizard");
		project.create(null);
		project.open(null);
		NorthStarNature.enable(project, null);
		IFile existing = project.getFile("teams.northstar");
		existing.create(new java.io.ByteArrayInputStream("package model_wizard\nteam Growth\n".getBytes()), true, null);
		NewNorthStarModelWizard wizard = new NewNorthStarModelWizard();
		finish(wizard, new StructuredSelection(project), w -> {
			w.filePage().setFileName("marketplace.northstar");
			w.productPage().setProductName("Marketplace");
			w.productPage().setValueStatement("Sellers find buyers for what they no longer need");
			w.productPage().setStartingModel(StartingModel.TRANSACTION);
		});
		IFile model = project.getFile("marketplace.northstar");
		assertEquals(model, wizard.model());
		assertTrue(model.exists());
		assertEquals(List.of(), errors(existing, model));
	}

	@Test
	void anImportedFolderBecomesAProjectInPlaceWithItsFilesUntouched(@TempDir Path folder) throws Exception {
		String text = StartingModel.PRODUCTIVITY.render("imported", "Imported", "Teams get their work done", null);
		Files.writeString(folder.resolve("imported.northstar"), text);
		ImportNorthStarFolderWizard wizard = new ImportNorthStarFolderWizard();
		finish(wizard, w -> w.folderPage().setFolder(folder.toString()));
		IProject project = wizard.project();
		assertEquals(folder.toString(), project.getLocation().toOSString());
		assertTrue(NorthStarNature.isEnabled(project));
		assertEquals(text, Files.readString(folder.resolve("imported.northstar")), "the imported file is left as it was");
		assertEquals(List.of(), errorMarkers(project));
	}

	private static <W extends IWizard> void finish(W wizard, Consumer<W> fillIn) {
		finish(wizard, StructuredSelection.EMPTY, fillIn);
	}

	private static <W extends IWizard> void finish(W wizard, StructuredSelection selection, Consumer<W> fillIn) {
		UiThread.run(() -> {
			if (wizard instanceof org.eclipse.ui.IWorkbenchWizard workbenchWizard) {
				workbenchWizard.init(PlatformUI.getWorkbench(), selection);
			}
			WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
			dialog.create();
			try {
				fillIn.accept(wizard);
				for (var page = wizard.getStartingPage(); page != null; page = wizard.getNextPage(page)) {
					assertTrue(page.isPageComplete(), page.getName() + ": " + page.getDescription());
				}
				assertTrue(wizard.canFinish(), "the wizard can finish");
				assertTrue(wizard.performFinish(), "the wizard finished");
			} finally {
				dialog.close();
			}
		});
		Waiting.forBuilds();
	}

	private static List<String> errors(IFile... files) {
		for (IFile file : files) {
			assertTrue(file.exists(), file + " was written");
		}
		List<ModelSource> sources = java.util.Arrays.stream(files).map(f -> ModelSource.ofFile(Path.of(f.getLocationURI()))).toList();
		return NorthStarUiPlugin.session().check().check(sources, CancelIndicator.NullImpl).problems().values().stream().flatMap(List::stream)
				.filter(p -> p.severity() == Severity.ERROR).map(Problem::toString).toList();
	}

	private static List<String> errorMarkers(IProject project) throws CoreException {
		return java.util.Arrays.stream(project.findMarkers(org.northstar.workspace.builder.ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE))
				.filter(m -> m.getAttribute(org.eclipse.core.resources.IMarker.SEVERITY, -1) == org.eclipse.core.resources.IMarker.SEVERITY_ERROR)
				.map(m -> m.getResource().getName() + ": " + m.getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, "")).toList();
	}
}
