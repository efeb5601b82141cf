package org.northstar.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.Test;
import org.northstar.scene.Scene;
import org.northstar.diagram.editor.DiagramEditor;
import org.northstar.dsl.ide.edit.ElementKind;
import org.northstar.studio.ExampleProject;
import org.northstar.workspace.builder.ProblemMarkers;

/**
 * The example model in the diagram, as a strategy team sees it: every element a node, the badges
 * saying what the Problems view says, one edit through the diagram, and the screenshot of it.
 */
class ExampleDiagramTest {

	private static final String PRODUCT = "acme.Invoicely";

	@Test
	void theExampleModelAsATreeWithItsProblemsAndAnEdit() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.NAME);
		Waiting.until("the example project", Duration.ofSeconds(60), () -> project.getFile(ExampleProject.MAIN_MODEL).exists());
		Waiting.forBuilds();
		IFile model = project.getFile(ExampleProject.MAIN_MODEL);
		String onDisk = Files.readString(java.nio.file.Path.of(model.getLocationURI()));
		DiagramEditor diagram = UiThread.get(() -> open(model));
		try {
			Waiting.until("the diagram", Duration.ofSeconds(30), () -> UiThread.get(() -> diagram.snapshot() != null));
			Set<String> shown = UiThread.get(() -> keys(diagram.canvas().scene()));
			for (String element : List.of("", ".PaidOnTime", ".Senders", ".InvoicesPerSender", ".OnTimeShare", ".RemindersPerInvoice",
					".ReturningSenders", ".DisputeRate", ".PaidSeats", ".AutoReminders")) {
				assertTrue(shown.contains(PRODUCT + element), () -> PRODUCT + element + " is not drawn: " + shown);
			}
			assertEquals(markedRules(model), badgedRules(UiThread.get(() -> diagram.canvas().scene())),
					"the badges say what the Problems view says");

			UiThread.run(() -> diagram.select(PRODUCT + ".OnTimeShare"));
			assertTrue(UiThread.get(() -> diagram.actions().add(ElementKind.SUB_INPUT)));
			String edited = UiThread.get(() -> diagram.document().get());
			int inserted = edited.length() - onDisk.length();
			int at = firstDifference(onDisk, edited);
			assertEquals(onDisk.substring(at), edited.substring(at + inserted), "only the new sub-input was written");
			assertTrue(edited.substring(at, at + inserted).contains("input SubInput"), edited.substring(at, at + inserted));
			assertTrue(UiThread.get(() -> diagram.canvas().scene().boxes().stream().anyMatch(b -> b.element().equals(PRODUCT + ".SubInput"))));

			Shell shell = UiThread.get(() -> diagram.getSite().getShell());
			UiThread.run(() -> {
				shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
				shell.layout(true, true); // the canvas takes its new size before it fits the tree into it
				diagram.canvas().fit(); // as much as is readable
				diagram.canvas().fit(); // asked again: the whole tree
			});
			assertTrue(Files.size(Screenshots.save(shell, "example-diagram")) > 10_000);
		} finally {
			// the example stays as shipped for the other tests: the buffer goes back to the file
			UiThread.run(() -> {
				try {
					FileBuffers.getTextFileBufferManager().getTextFileBuffer(model.getFullPath(), LocationKind.IFILE).revert(null);
				} catch (CoreException e) {
					throw new AssertionError(e);
				}
				diagram.getSite().getPage().closeEditor(diagram, false);
			});
		}
	}

	private static DiagramEditor open(IFile model) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			DiagramEditor diagram = (DiagramEditor) page.openEditor(new FileEditorInput(model), DiagramEditor.ID, true,
					IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
			page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
			return diagram;
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}

	private static Set<String> keys(Scene scene) {
		Set<String> keys = new TreeSet<>();
		scene.boxes().forEach(box -> keys.add(box.element()));
		return keys;
	}

	/** The rule ids of the Problems view for the file. */
	private static Set<String> markedRules(IFile file) throws CoreException {
		Set<String> rules = new TreeSet<>();
		for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO)) {
			rules.add(marker.getAttribute(ProblemMarkers.RULE_ID, "?"));
		}
		return rules;
	}

	/** The rule ids named in the badges' tooltips ("[rule-id] message" per line). */
	private static Set<String> badgedRules(Scene scene) {
		Set<String> rules = new TreeSet<>();
		for (Scene.Badge badge : scene.badges()) {
			for (String line : badge.tooltip().split("\n")) {
				if (line.startsWith("[")) {
					rules.add(line.substring(1, line.indexOf(']')));
				}
			}
		}
		return rules;
	}

	private static int firstDifference(String a, String b) {
		int i = 0;
		while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}
}
