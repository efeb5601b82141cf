package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.northstar.diagram.editor.DiagramEditor;

/**
 * The Properties view of a diagram node, used with the keyboard and the mouse: the owner cell
 * offers the teams the file can name, a typo is refused with the reason at the cell, and Ctrl+Z
 * in the view undoes the text.
 */
class DiagramPropertiesTest {

	private static final String SENDERS = "acme.edit.Demo.Senders";
	private IFile product;

	@BeforeEach
	void project() throws Exception {
		product = Models.teamsAndProduct("diagram-properties").getFile("product.northstar");
	}

	@AfterEach
	void close() {
		Models.closeEditors();
	}

	@Test
	void theOwnerCellOffersTheTeamsTheFileCanName() throws Exception {
		DiagramEditor diagram = Diagrams.open(product);
		Tree tree = editOwners(diagram);
		Workbench.onUi(() -> openCell(tree).setText("")); // Backspace on the selected "Growth"
		command("org.eclipse.ui.edit.text.contentAssist.proposals"); // Ctrl+Space
		Workbench.waitUntil("the teams to choose from", Duration.ofSeconds(5), () -> proposals().containsAll(List.of("Growth", "Billing")));
		Workbench.screenshot(Workbench.onUi(() -> diagram.getSite().getShell()), "diagram-owner-proposals");
	}

	@Test
	void aTypoIsRefusedAtTheCellWithTheReason() throws Exception {
		DiagramEditor diagram = Diagrams.open(product);
		String before = Diagrams.text(diagram);
		Tree tree = editOwners(diagram);
		Diagrams.enter(tree, "Growht");
		Text cell = openCell(tree);
		assertNotNull(cell, "the cell stays open for the correction");
		assertEquals("Growht", Workbench.onUi(() -> cell.getText()));
		String reason = Workbench.onUi(cell::getToolTipText);
		assertNotNull(reason, "the reason shows at the cell");
		assertTrue(reason.contains("There is no team 'Growht'") && reason.contains("Growth"), reason);
		assertEquals(before, Diagrams.text(diagram), "nothing was written");
		Workbench.screenshot(Workbench.onUi(() -> diagram.getSite().getShell()), "diagram-property-refused");
	}

	@Test
	void ctrlZInThePropertiesViewUndoesTheText() {
		DiagramEditor diagram = Diagrams.open(product);
		String before = Diagrams.text(diagram);
		Diagrams.enter(editOwners(diagram), "Billing");
		Workbench.waitUntil("the new owner in the text", Duration.ofSeconds(5), () -> Diagrams.text(diagram).contains("owner Billing"));
		assertEquals(IPageLayout.ID_PROP_SHEET,
				Workbench.onUi(() -> diagram.getSite().getPage().getActivePart().getSite().getId()), "the Properties view has the focus");
		command(IWorkbenchCommandConstants.EDIT_UNDO); // Ctrl+Z, Edit > Undo
		Workbench.waitUntil("the text as before", Duration.ofSeconds(5), () -> Diagrams.text(diagram).equals(before));
	}

	/**
	 * Runs a command as its key binding does: through the handler the workbench has for the focus
	 * now (posted Ctrl+ keys do not reach the Properties view under Xvfb).
	 */
	private static void command(String id) {
		Workbench.onUi(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
			} catch (Exception e) {
				throw new AssertionError(id + " is not available here", e);
			}
		});
		UserInput.settle();
	}

	/** Selects Senders in the diagram by a click and clicks its Owners cell in the Properties view: the cell's text field. */
	private static Tree editOwners(DiagramEditor diagram) {
		PropertySheet sheet = Workbench.onUi(() -> {
			try {
				return (PropertySheet) diagram.getSite().getPage().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		Control canvas = Workbench.onUi(diagram::canvas);
		Rectangle node = Diagrams.reveal(diagram, SENDERS);
		UserInput.click(canvas, node.x + node.width / 2, node.y + node.height / 2);
		assertEquals(SENDERS, Workbench.onUi(diagram::selectedKey));
		Workbench.onUi(() -> diagram.getSite().getPage().activate(sheet)); // the click into the view activates it
		Tree tree = Workbench.onUi(() -> (Tree) sheet.getCurrentPage().getControl());
		Workbench.waitUntil("the Owners row", Duration.ofSeconds(5), () -> row(tree, "Owners") != null);
		Rectangle value = Workbench.onUi(() -> row(tree, "Owners").getBounds(1));
		UserInput.click(tree, value.x + value.width / 2, value.y + value.height / 2);
		Workbench.waitUntil("the Owners cell to open", Duration.ofSeconds(5), () -> openCell(tree) != null);
		return tree;
	}

	private static TreeItem row(Tree tree, String label) {
		return Workbench.onUi(() -> find(tree.getItems(), label));
	}

	private static TreeItem find(TreeItem[] items, String label) {
		for (TreeItem item : items) {
			if (label.equals(item.getText(0))) {
				return item;
			}
			TreeItem inside = find(item.getItems(), label);
			if (inside != null) {
				return inside;
			}
		}
		return null;
	}

	private static Text openCell(Tree tree) {
		return Workbench.onUi(() -> (Text) Arrays.stream(tree.getChildren()).filter(c -> c instanceof Text && c.isVisible()).findFirst()
				.orElse(null));
	}

	/** The texts of the open proposals popup, empty when none is open. */
	private static List<String> proposals() {
		return Workbench.onUi(() -> {
			List<String> texts = new ArrayList<>();
			for (Shell shell : Workbench.display().getShells()) {
				if (shell.isVisible() && shell.getParent() != null) {
					tableItems(shell, texts);
				}
			}
			return texts;
		});
	}

	private static void tableItems(Control control, List<String> texts) {
		if (control instanceof Table table) {
			Arrays.stream(table.getItems()).map(TableItem::getText).forEach(texts::add);
		} else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			Arrays.stream(composite.getChildren()).forEach(child -> tableItems(child, texts));
		}
	}
}
