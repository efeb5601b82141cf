package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.northstar.scene.Scene;
import org.northstar.diagram.canvas.DiagramCanvas;
import org.northstar.diagram.editor.DiagramEditor;
import org.northstar.ui.editor.NorthStarEditor;

/**
 * What a person sees of the example model in the diagram: text big enough to read when it opens
 * and after Fit (a second Fit shows all), the mini-map beside the nodes, tooltips that fit and
 * show no Markdown marks, a tab that says it is the diagram.
 */
class DiagramViewTest {

	private static final String PRODUCT = "acme.edit.Invoicely";
	/** A tree of the example's size: wider than a window at a readable size. */
	private static final String INVOICELY = """
			package acme.edit

			product Invoicely {
			    value "Freelancers get paid for their work without chasing clients"
			    game productivity
			    northstar PaidOnTime "Invoices paid by their due date" {
			        unit invoices window weekly formula Senders * InvoicesPerSender * OnTimeShare
			    }
			    input Senders "Freelancers who send at least one invoice a week" {
			        dimension breadth unit freelancers window weekly owner Growth relation multiplicative
			    }
			    input InvoicesPerSender "Invoices sent per active freelancer" {
			        dimension depth unit invoices window weekly owner Billing relation multiplicative
			    }
			    input OnTimeShare "Share of sent invoices paid by their due date" {
			        dimension efficiency unit ratio window weekly owner Billing relation multiplicative
			        input RemindersPerInvoice "Reminders needed per paid invoice" {
			            dimension efficiency unit reminders window weekly direction lower owner Billing relation correlated
			        }
			    }
			    input ReturningSenders "Senders who invoice again within four weeks" {
			        dimension frequency unit freelancers window monthly owner Growth relation additive
			    }
			    guardrail DisputeRate "Invoices disputed by clients, per 100 sent" { direction lower threshold 2.5 window monthly }
			    kpi PaidSeats "Paid seats" { follows PaidOnTime }
			    workstream AutoReminders "Automatic reminders before the due date" { team Billing targets OnTimeShare }
			}
			""";
	private IFile model;

	@BeforeEach
	void example() throws Exception {
		IProject project = Models.project("diagram-view", Map.of("teams.northstar", Models.TEAMS, "invoicely.northstar", INVOICELY));
		model = project.getFile("invoicely.northstar");
	}

	@AfterEach
	void close() {
		Models.closeEditors();
	}

	@Test
	void opensAtReadableTextAndFitStopsThereUntilAskedAgain() throws Exception {
		DiagramEditor diagram = Diagrams.open(model);
		UserInput.settle();
		assertReadable(diagram, "at open");
		assertTrue(onScreen(diagram, PRODUCT + ".PaidOnTime"), "the North Star is in view");
		assertMiniMapBesideTheNodes(diagram);
		Workbench.screenshot(Workbench.onUi(() -> diagram.getSite().getShell()), "diagram-default-zoom");

		Control canvas = Workbench.onUi(diagram::canvas);
		UserInput.click(canvas, 5, 5); // the focus in the diagram, on no node
		UserInput.press('f', SWT.CTRL, SWT.SHIFT);
		assertReadable(diagram, "after Fit");
		assertMiniMapBesideTheNodes(diagram);
		UserInput.press('f', SWT.CTRL, SWT.SHIFT);
		assertTrue(Workbench.onUi(() -> {
			Rectangle area = diagram.canvas().getClientArea();
			double zoom = diagram.canvas().viewport().zoom();
			Scene scene = diagram.canvas().scene();
			return scene.width() * zoom <= area.width && scene.height() * zoom <= area.height;
		}), "a second Fit shows the whole tree");
		assertMiniMapBesideTheNodes(diagram);
	}

	@Test
	void theDiagramTabSaysItIsTheDiagram() {
		NorthStarEditor source = Models.open(model);
		DiagramEditor diagram = Diagrams.open(model);
		String sourceTitle = Workbench.onUi(source::getPartName);
		String diagramTitle = Workbench.onUi(diagram::getPartName);
		assertNotEquals(sourceTitle, diagramTitle);
		assertEquals("invoicely.northstar (diagram)", diagramTitle);
	}

	@Test
	void aNodeTooltipShowsItsDescriptionRenderedAndWhole() throws Exception {
		DiagramEditor diagram = Diagrams.open(model);
		Control canvas = Workbench.onUi(diagram::canvas);
		Workbench.onUi(() -> diagram.select(PRODUCT + ".ReturningSenders")); // scrolls it into view
		Rectangle node = Workbench.onUi(() -> diagram.canvas().screenBounds(PRODUCT + ".ReturningSenders"));
		UserInput.moveTo(canvas, node.x + node.width / 2, node.y + node.height / 2 - 4);
		UserInput.moveTo(canvas, node.x + node.width / 2 + 2, node.y + node.height / 2 - 2);
		Workbench.waitUntil("the node's tooltip", Duration.ofSeconds(5), () -> tooltip() != null);
		StyledText tip = tooltip();
		String text = Workbench.onUi(() -> tip.getText());
		assertTrue(text.contains("Input ReturningSenders"), text);
		assertTrue(text.contains("\u2022 unit: freelancers"), text);
		assertFalse(text.contains("**") || text.contains("`") || text.lines().anyMatch(line -> line.startsWith("- ")), text);
		assertTrue(Workbench.onUi(() -> {
			Rectangle screen = tip.getDisplay().getBounds();
			Rectangle shell = tip.getShell().getBounds();
			return screen.contains(shell.x, shell.y) && screen.contains(shell.x + shell.width - 1, shell.y + shell.height - 1);
		}), "the tooltip is on the screen");
		assertTrue(Workbench.onUi(() -> tip.getSize().y >= tip.computeSize(tip.getSize().x, SWT.DEFAULT).y), "every line of the tooltip shows");
		Workbench.screenshot(Workbench.onUi(() -> diagram.getSite().getShell()), "diagram-tooltip");
	}

	/** The visible tooltip's text, or null. */
	private static StyledText tooltip() {
		return Workbench.onUi(() -> Arrays.stream(Workbench.display().getShells()).filter(Shell::isVisible)
				.filter(shell -> (shell.getStyle() & SWT.TOOL) != 0 || shell.getParent() != null).map(DiagramViewTest::styledTextIn)
				.filter(text -> text != null).findFirst().orElse(null));
	}

	private static StyledText styledTextIn(Control control) {
		if (control instanceof StyledText text && text.getEditable() == false && text.getShell().getParent() != null) {
			return text;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				StyledText found = styledTextIn(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void assertReadable(DiagramEditor diagram, String when) {
		double smallest = Workbench.onUi(() -> diagram.canvas().scene().texts().stream().mapToDouble(Scene.Text::size).min().orElseThrow());
		double pixels = smallest * Workbench.onUi(() -> diagram.canvas().viewport().zoom());
		assertTrue(pixels >= DiagramCanvas.READABLE_PIXELS - 0.01, when + ": the smallest node text is " + pixels + " px on screen");
	}

	private static boolean onScreen(DiagramEditor diagram, String key) {
		return Workbench.onUi(() -> diagram.canvas().getClientArea().contains(diagram.canvas().screenBounds(key).x,
				diagram.canvas().screenBounds(key).y));
	}

	private static void assertMiniMapBesideTheNodes(DiagramEditor diagram) {
		Workbench.onUi(() -> {
			Rectangle map = diagram.canvas().miniMap();
			if (map == null) {
				return;
			}
			for (Scene.Box box : diagram.canvas().scene().boxes()) {
				Rectangle node = diagram.canvas().screenBounds(box.element());
				assertFalse(node.intersects(map), "the mini-map " + map + " covers " + box.element() + " at " + node);
			}
		});
	}

}
