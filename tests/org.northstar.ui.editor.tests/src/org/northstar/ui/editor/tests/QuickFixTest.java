package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.northstar.core.rules.RuleIds;
import org.northstar.workspace.builder.ProblemMarkers;
import org.northstar.ui.editor.NorthStarEditor;

/**
 * Quick fixes are the server's code actions: Ctrl+1 in the editor and Quick Fix in the Problems view.
 * The real fixes come first, so the preselected one (what Enter applies) fixes the problem instead of
 * silencing its rule.
 */
class QuickFixTest extends EditorTest {

	private static final Duration SERVER = Duration.ofSeconds(60);
	private static final String VANITY = "\n\nproduct Growthy {\n    northstar Signups \"Sign ups\"\n}\n";
	private static final String UNOWNED = Models.PRODUCT.replace("        owner Growth relation multiplicative\n",
			"        relation multiplicative\n");
	private static IProject project;
	private static IProject unowned;
	private static IProject unownedClosed;

	@BeforeAll
	static void project() throws Exception {
		project = Models.teamsAndProduct("editor-quickfix");
		unowned = Models.project("editor-quickfix-order", Map.of("teams.northstar", Models.TEAMS, "product.northstar", UNOWNED));
		unownedClosed = Models.project("editor-quickfix-view", Map.of("teams.northstar", Models.TEAMS, "product.northstar", UNOWNED));
	}

	@Test
	void ctrl1PreselectsTheRealFixAndEnterAppliesIt() {
		NorthStarEditor editor = Models.open(unowned.getFile("product.northstar"));
		Workbench.waitUntil("the unowned-input squiggle", SERVER, () -> Models.hasProblem(editor, RuleIds.UNOWNED_INPUT));
		Workbench.onUi(() -> editor.selectAndReveal(Models.text(editor).indexOf("Senders") + 2, 0));
		UserInput.focus(editor);
		UserInput.press('1', SWT.CTRL);
		Table fixes = fixesPopup();
		List<String> rows = UserInput.rows(fixes);
		String selected = Workbench.onUi(() -> fixes.getSelectionCount() == 1 ? fixes.getSelection()[0].getText() : "");
		assertTrue(selected.startsWith("Make ") && selected.endsWith(" the owner"), "preselected: " + selected + " of " + rows);
		assertTrue(rows.get(rows.size() - 1).startsWith("Ignore "), "ignoring comes last: " + rows);
		UserInput.pressWhilePopupIsOpen(SWT.CR);
		Workbench.waitUntil("the owner to be added", SERVER, () -> !Models.hasProblem(editor, RuleIds.UNOWNED_INPUT));
		String text = Models.text(editor);
		assertTrue(text.contains("owner " + selected.substring("Make ".length(), selected.length() - " the owner".length())), text);
		assertFalse(text.contains("northstar:ignore"), text);
	}

	@Test
	void ctrl1CanIgnoreARuleTooByChoosingIt() {
		NorthStarEditor editor = Models.open(project.getFile("product.northstar"));
		Models.typeAfter(editor, Models.PRODUCT.strip(), VANITY);
		Workbench.waitUntil("the vanity squiggle", SERVER, () -> Models.hasProblem(editor, RuleIds.VANITY_NORTH_STAR));
		Workbench.onUi(() -> editor.selectAndReveal(Models.text(editor).indexOf("Signups") + 2, 0));
		UserInput.focus(editor);
		UserInput.press('1', SWT.CTRL);
		List<String> rows = UserInput.rows(fixesPopup());
		int ignore = rows.indexOf("Ignore vanity-north-star here");
		assertTrue(ignore >= 0, rows.toString());
		for (int i = 0; i < ignore; i++) {
			UserInput.pressWhilePopupIsOpen(SWT.ARROW_DOWN);
		}
		UserInput.pressWhilePopupIsOpen(SWT.CR);
		Workbench.waitUntil("the ignored problem to go", SERVER, () -> !Models.hasProblem(editor, RuleIds.VANITY_NORTH_STAR));
		assertTrue(Models.text(editor).contains("// northstar:ignore vanity-north-star"), Models.text(editor));
	}

	@Test
	void theProblemsViewsQuickFixPutsTheRealFixFirst() throws Exception {
		IFile product = unownedClosed.getFile("product.northstar");
		Workbench.waitUntil("the unowned-input marker", SERVER, () -> marker(product).isPresent());
		IViewPart problems = Workbench.onUi(() -> {
			try {
				return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		Tree tree = Workbench.onUi(() -> UserInput.find((org.eclipse.swt.widgets.Composite) problemsControl(problems),
				Tree.class, t -> true).orElseThrow());
		Workbench.waitUntil("the problem in the Problems view", SERVER,
				() -> Workbench.onUi(() -> select(tree, "'Senders'", unownedClosed.getFullPath().toString())));
		UserInput.runCommand(ITextEditorActionDefinitionIds.QUICK_ASSIST);
		Table resolutions = UserInput.waitForPopup("the Quick Fix dialog", SERVER,
				shell -> UserInput.find(shell, Table.class, table -> table.getItemCount() > 0
						&& Arrays.stream(table.getItems()).anyMatch(item -> item.getText().startsWith("Ignore "))));
		List<String> rows = UserInput.rows(resolutions);
		Workbench.screenshot(Workbench.onUi(() -> resolutions.getShell()), "quick-fix-dialog");
		assertTrue(rows.get(0).startsWith("Make "), "the first fix offered: " + rows);
		assertTrue(rows.get(rows.size() - 1).startsWith("Ignore "), "ignoring comes last: " + rows);
		String before = Models.onDisk(product);
		Workbench.onUi(() -> {
			Button finish = UserInput.find(resolutions.getShell(), Button.class, b -> "&Finish".equals(b.getText())
					|| "Finish".equals(b.getText())).orElseThrow();
			finish.notifyListeners(SWT.Selection, new Event());
		});
		Workbench.waitUntil("the closed file to be fixed and saved", SERVER, () -> !Models.onDisk(product).equals(before));
		String after = Models.onDisk(product);
		assertTrue(after.contains("owner " + rows.get(0).substring("Make ".length(), rows.get(0).length() - " the owner".length())), after);
		assertFalse(after.contains("northstar:ignore"), after);
	}

	@Test
	void theProblemsViewFixesAClosedFileThroughTheServer() throws Exception {
		IFile teams = project.getFile("teams.northstar");
		IMarker idle = Arrays.stream(teams.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> RuleIds.IDLE_TEAM.equals(m.getAttribute(ProblemMarkers.RULE_ID, ""))).findFirst()
				.orElseThrow(() -> new AssertionError("Billing, which owns nothing, is an idle team"));
		IMarkerResolution[] resolutions = Workbench.onUi(() -> IDE.getMarkerHelpRegistry().getResolutions(idle));
		assertTrue(resolutions.length > 0, "the server offers 'Ignore idle-team here'");
		String before = Models.onDisk(teams);
		Workbench.onUi(() -> resolutions[0].run(idle));
		Workbench.waitUntil("the closed file to be fixed and saved", SERVER, () -> !Models.onDisk(teams).equals(before));
	}

	/** The quick assistant's popup: a shell of its own holding the table of fixes. */
	private static Table fixesPopup() {
		return UserInput.waitForPopup("the quick fix popup", SERVER,
				shell -> UserInput.find(shell, Table.class, table -> table.getItemCount() > 0));
	}

	private static Optional<IMarker> marker(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.filter(m -> RuleIds.UNOWNED_INPUT.equals(m.getAttribute(ProblemMarkers.RULE_ID, ""))).findFirst();
		} catch (org.eclipse.core.runtime.CoreException e) {
			return Optional.empty();
		}
	}

	private static Control problemsControl(IViewPart view) {
		view.setFocus();
		Control focus = view.getSite().getShell().getDisplay().getFocusControl();
		return focus instanceof Tree ? focus.getParent() : focus;
	}

	private static String row(TreeItem item) {
		StringBuilder row = new StringBuilder();
		for (int column = 0; column < Math.max(1, item.getParent().getColumnCount()); column++) {
			row.append(item.getText(column)).append(" | ");
		}
		return row.toString();
	}

	/** Selects the problem row of the file whose description contains {@code text}, as a click would. */
	private static boolean select(Tree tree, String text, String path) {
		for (TreeItem group : tree.getItems()) {
			Event expand = new Event();
			expand.item = group;
			tree.notifyListeners(SWT.Expand, expand); // the viewer creates the rows of a group when it opens
			group.setExpanded(true);
			for (TreeItem item : group.getItems()) {
				if (item.getText().contains(text) && row(item).contains(path)) {
					tree.setSelection(item);
					tree.setFocus();
					Event click = new Event();
					click.item = item;
					tree.notifyListeners(SWT.Selection, click);
					return true;
				}
			}
		}
		return false;
	}
}
