package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.northstar.diagram.editor.DiagramEditor;

/**
 * The palette as a person uses it: "+ Input" works with nothing selected (under the North Star),
 * a new node opens for naming, and a name that cannot be used is refused at the field.
 */
class DiagramPaletteTest {

	private static final String DEMO = "acme.edit.Demo";
	private IFile product;

	@BeforeEach
	void project() throws Exception {
		product = Models.teamsAndProduct("diagram-palette").getFile("product.northstar");
	}

	@AfterEach
	void close() {
		Models.closeEditors();
	}

	@Test
	void plusInputWithNothingSelectedAddsUnderTheNorthStarReadyToBeNamed() throws Exception {
		DiagramEditor diagram = Diagrams.open(product);
		assertNull(Workbench.onUi(diagram::selectedKey));
		ToolItem input = item(diagram, "+ Input");
		assertTrue(Workbench.onUi(input::isEnabled), "+ Input is offered with nothing selected");
		assertTrue(Workbench.onUi(input::getToolTipText).startsWith("Add an input"), Workbench.onUi(input::getToolTipText));
		click(input);
		assertTrue(Diagrams.text(diagram).contains("\n    input Input"), Diagrams.text(diagram));
		assertEquals(DEMO + ".Input", Workbench.onUi(() -> diagram.actions().renameField().key()), "the new node is open for its name");
		click(item(diagram, "Zoom +"));
		assertTrue(Workbench.onUi(() -> {
			Rectangle node = diagram.canvas().screenBounds(DEMO + ".Input");
			return Arrays.stream(diagram.canvas().getChildren()).filter(Text.class::isInstance)
					.allMatch(field -> node.contains(field.getLocation()));
		}), "the name field stays on its node when the view zooms");

		Diagrams.enter(Workbench.onUi(diagram::canvas), "Late payers");
		assertTrue(Workbench.onUi(() -> diagram.actions().renameField().isOpen()), "a name that cannot be used keeps the field open");
		String refusal = Workbench.onUi(() -> diagram.actions().renameField().refusal());
		assertTrue(refusal != null && refusal.contains("not a name"), refusal);
		Workbench.screenshot(Workbench.onUi(() -> diagram.getSite().getShell()), "diagram-rename-refused");

		Diagrams.enter(Workbench.onUi(diagram::canvas), "LatePayers");
		assertFalse(Workbench.onUi(() -> diagram.actions().renameField().isOpen()));
		assertTrue(Diagrams.text(diagram).contains("\n    input LatePayers"), Diagrams.text(diagram));
		assertEquals(DEMO + ".LatePayers", Workbench.onUi(diagram::selectedKey));
	}

	private static ToolItem item(DiagramEditor diagram, String text) {
		return Workbench.onUi(() -> Arrays.stream(diagram.canvas().getParent().getChildren()).filter(ToolBar.class::isInstance)
				.flatMap(bar -> Arrays.stream(((ToolBar) bar).getItems())).filter(item -> text.equals(item.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no palette item " + text)));
	}

	/** The mouse moves onto the item and clicks it (the click as the item's selection: posted buttons do not reach GTK's tool buttons). */
	private static void click(ToolItem item) {
		Rectangle bounds = Workbench.onUi(item::getBounds);
		UserInput.moveTo(Workbench.onUi(item::getParent), bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		Workbench.onUi(() -> item.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
		UserInput.settle();
	}
}
