package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.northstar.core.rules.RuleIds;
import org.northstar.diagram.editor.DiagramEditor;
import org.northstar.workspace.builder.ProblemMarkers;

/**
 * Problems and the diagram: a problem opened from the Problems view selects its node when the
 * diagram is the file's editor, and the node's context menu offers the language server's fixes
 * of its findings, real fixes before "Ignore ... here".
 */
class DiagramProblemsTest {

	private static final Duration SERVER = Duration.ofSeconds(60);
	private static final String SENDERS = "acme.edit.Demo.Senders";
	private IFile product;

	@BeforeEach
	void unownedInput() throws Exception {
		IProject project = Models.project("diagram-problems",
				java.util.Map.of("teams.northstar", Models.TEAMS, "product.northstar", Models.PRODUCT.replace("owner Growth relation", "relation")));
		product = project.getFile("product.northstar");
	}

	@AfterEach
	void close() throws Exception {
		Models.closeEditors();
		IDE.setDefaultEditor(product, null);
	}

	@Test
	void openingAProblemSelectsItsNodeWhenTheDiagramIsTheFilesEditor() throws Exception {
		IMarker unowned = Arrays.stream(product.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> RuleIds.UNOWNED_INPUT.equals(m.getAttribute(ProblemMarkers.RULE_ID, ""))).findFirst()
				.orElseThrow(() -> new AssertionError("Senders has no owner: an unowned-input problem"));
		IDE.setDefaultEditor(product, DiagramEditor.ID); // what Open With > North Star Diagram remembers
		IEditorPart opened = Workbench.onUi(() -> {
			try {
				return IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), unowned); // the Problems view's double click
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		assertTrue(opened instanceof DiagramEditor, String.valueOf(opened));
		assertEquals(SENDERS, Workbench.onUi(((DiagramEditor) opened)::selectedKey));
	}

	@Test
	void theContextMenuOffersTheNodesQuickFixesRealOnesFirst() {
		DiagramEditor diagram = Diagrams.open(product);
		String before = Diagrams.text(diagram);
		Control canvas = Workbench.onUi(diagram::canvas);
		Rectangle node = Diagrams.reveal(diagram, SENDERS);
		UserInput.click(canvas, node.x + node.width / 2, node.y + node.height / 2, 3); // selects what is under the mouse
		Menu menu = Workbench.onUi(canvas::getMenu);
		Workbench.onUi(() -> {
			menu.setLocation(canvas.toDisplay(node.x + node.width / 2, node.y + node.height / 2));
			menu.setVisible(true); // what the right button shows
		});
		Workbench.waitUntil("the context menu", Duration.ofSeconds(10), () -> Workbench.onUi(() -> menu.getItemCount() > 0));
		List<String> items = Workbench.onUi(() -> Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
		int firstIgnore = items.indexOf("Ignore unowned-input here");
		assertTrue(firstIgnore > 0, items.toString());
		assertTrue(items.subList(0, firstIgnore).stream().allMatch(item -> item.startsWith("Make ") && item.endsWith(" the owner")), items.toString());
		String team = items.get(0).substring("Make ".length(), items.get(0).length() - " the owner".length());
		Workbench.onUi(() -> {
			menu.setVisible(false);
			menu.getItems()[0].notifyListeners(SWT.Selection, new Event()); // what choosing the first item runs
		});
		Workbench.waitUntil("the fix in the text", SERVER, () -> !Diagrams.text(diagram).equals(before));
		String fixed = Diagrams.text(diagram);
		String senders = fixed.substring(fixed.indexOf("input Senders"));
		assertTrue(senders.substring(0, senders.indexOf("\n    }")).contains("owner " + team), fixed);
		int start = 0;
		while (before.charAt(start) == fixed.charAt(start)) {
			start++;
		}
		int inserted = fixed.length() - before.length();
		assertEquals(before.substring(start), fixed.substring(start + inserted), "only the owner clause was written");
		Workbench.waitUntil("the finding to go", SERVER, () -> Workbench.onUi(() -> diagram.snapshot().problemsOf(SENDERS).stream()
				.noneMatch(problem -> problem.ruleId().equals(RuleIds.UNOWNED_INPUT))));
	}
}
