package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.northstar.scene.SceneFiles;
import org.northstar.diagram.commands.DiagramCommands;
import org.northstar.diagram.editor.DiagramEditor;
import org.northstar.diagram.editor.DiagramElement;
import org.northstar.dsl.ide.edit.ElementKind;
import org.northstar.dsl.ide.edit.ElementProperty;
import org.northstar.ui.editor.NorthStarEditor;
import org.northstar.testing.LargeModels;

/**
 * The graphical editor in a real workbench: it draws the file, writes minimal text for each
 * command, undoes through the document, follows the text and the source editor, and never writes
 * a text that does not parse.
 */
class DiagramEditorTest {

	private static final String DEMO = "acme.edit.Demo";
	private IProject project;
	private IFile product;

	@BeforeEach
	void project() throws Exception {
		project = Models.teamsAndProduct("diagram");
		product = project.getFile("product.northstar");
	}

	@AfterEach
	void close() {
		Models.closeEditors();
	}

	@Test
	void everyElementOfTheFileIsANodeAndTheTeamsARow() {
		DiagramEditor diagram = Diagrams.open(product);
		assertTrue(Diagrams.shows(diagram, DEMO));
		assertTrue(Diagrams.shows(diagram, DEMO + ".PaidOnTime"));
		assertTrue(Diagrams.shows(diagram, DEMO + ".Senders"));
		DiagramEditor teams = Diagrams.open(project.getFile("teams.northstar"));
		assertTrue(Diagrams.shows(teams, "acme.edit.Growth") && Diagrams.shows(teams, "acme.edit.Billing"));
	}

	@Test
	void anInputAddedFromThePaletteIsOneMinimalUndoableEdit() {
		DiagramEditor diagram = Diagrams.open(product);
		String before = Diagrams.text(diagram);
		Workbench.onUi(() -> diagram.select(DEMO + ".PaidOnTime"));
		assertTrue(Workbench.onUi(() -> diagram.actions().offers(ElementKind.INPUT)));
		assertFalse(Workbench.onUi(() -> diagram.actions().offers(ElementKind.SUB_INPUT)), "a sub-input needs an input");
		assertTrue(Workbench.onUi(() -> diagram.actions().add(ElementKind.INPUT)));
		String after = Diagrams.text(diagram);
		int end = before.lastIndexOf("    }\n") + "    }".length();
		assertEquals(before.substring(0, end), after.substring(0, end), "nothing before the new input changes");
		assertEquals(before.substring(end), after.substring(after.length() - (before.length() - end)), "nothing after it changes");
		assertTrue(after.contains("\n    input Input"), after);
		assertEquals(DEMO + ".Input", Workbench.onUi(diagram::selectedKey), "the new node is selected");
		assertTrue(Workbench.onUi(diagram::isDirty));

		Workbench.onUi(() -> editAction(diagram, ActionFactory.UNDO).run());
		assertEquals(before, Diagrams.text(diagram), "one undo restores the exact text");
		Workbench.onUi(() -> editAction(diagram, ActionFactory.REDO).run());
		assertEquals(after, Diagrams.text(diagram), "redo writes it again");
	}

	@Test
	void aTextEditShowsInTheDiagram() {
		NorthStarEditor source = Models.open(product);
		DiagramEditor diagram = Diagrams.open(product);
		Models.typeAfter(source, "owner Growth relation multiplicative\n    }",
				"\n    guardrail Disputes \"Disputed invoices\" { direction lower threshold 2 }");
		Workbench.waitUntil("the guardrail in the diagram", Duration.ofSeconds(10), () -> Diagrams.shows(diagram, DEMO + ".Disputes"));
	}

	/**
	 * A long text is being drawn when the text changes again to a short one, whose drawing ends
	 * first: the long text's picture, finished later, must not be painted over the newer one.
	 */
	@Test
	void editsInQuickSuccessionEndWithTheDiagramShowingTheFinalText() throws Exception {
		NorthStarEditor source = Models.open(product);
		DiagramEditor diagram = Diagrams.open(product);
		String original = Diagrams.text(diagram);
		Workbench.onUi(() -> diagram.document().set(LargeModels.lines(6000)));
		Workbench.waitUntil("the long text's drawing to start", Duration.ofSeconds(10), () -> drawing(product));
		Workbench.onUi(() -> diagram.document().set(original));
		Models.typeAfter(source, "owner Growth relation multiplicative\n    }",
				"\n    guardrail Final \"Disputed invoices\" { direction lower threshold 2 }");
		String last = Diagrams.text(diagram);
		Workbench.waitUntil("the last text in the diagram", Duration.ofSeconds(20), () -> Diagrams.shows(diagram, DEMO + ".Final"));
		Workbench.waitUntil("every drawing to end", Duration.ofSeconds(60), () -> !drawing(product));
		Workbench.pause(500);
		assertEquals(last, Workbench.onUi(() -> diagram.snapshot().text()), "the picture is of the last text");
		assertTrue(Diagrams.shows(diagram, DEMO + ".Final"));
		assertFalse(Diagrams.shows(diagram, "acme.large.Product0"), "the long text's picture came too late and was dropped");
		Workbench.screenshot(Workbench.onUi(() -> diagram.getSite().getShell()), "diagram-after-quick-edits");
	}

	/** Whether the diagram of the file is being drawn now (its job, as the workbench's job manager lists it). */
	private static boolean drawing(IFile file) {
		return java.util.Arrays.stream(org.eclipse.core.runtime.jobs.Job.getJobManager().find(null))
				.anyMatch(job -> job.getName().equals("Drawing " + file.getName())
						&& job.getState() == org.eclipse.core.runtime.jobs.Job.RUNNING);
	}

	@Test
	void aSyntaxErrorKeepsTheLastGoodTreeUnderABannerAndWritesNothing() {
		NorthStarEditor source = Models.open(product);
		DiagramEditor diagram = Diagrams.open(product);
		Models.typeAfter(source, "game productivity", "\n    input {{");
		Workbench.waitUntil("the banner", Duration.ofSeconds(10), () -> Workbench.onUi(() -> diagram.canvas().banner() != null));
		assertTrue(Workbench.onUi(() -> diagram.canvas().banner()).contains("line 6, column 11"), Workbench.onUi(() -> diagram.canvas().banner()));
		assertTrue(Workbench.onUi(() -> diagram.canvas().banner()).contains("Showing the last good tree"));
		assertTrue(Diagrams.shows(diagram, DEMO + ".Senders"), "the last good tree stays");
		String broken = Diagrams.text(diagram);
		Workbench.onUi(() -> diagram.select(DEMO));
		assertFalse(Workbench.onUi(() -> diagram.actions().add(ElementKind.GUARDRAIL)));
		assertEquals(broken, Diagrams.text(diagram), "nothing written into a broken text");
		assertTrue(Workbench.onUi(diagram::message).contains("syntax error"), Workbench.onUi(diagram::message));
	}

	@Test
	void thePropertiesViewEditsEveryAttributeAsText() {
		DiagramEditor diagram = Diagrams.open(product);
		Workbench.onUi(() -> diagram.select(DEMO + ".Senders"));
		IPropertySource source = Workbench.onUi(() -> ((org.eclipse.jface.viewers.IStructuredSelection) diagram.getSelection())
				.getFirstElement() instanceof DiagramElement element ? element.getAdapter(IPropertySource.class) : null);
		assertNotNull(source);
		List<Object> ids = Workbench.onUi(() -> {
			List<Object> list = new ArrayList<>();
			for (var descriptor : source.getPropertyDescriptors()) {
				list.add(descriptor.getId());
			}
			return list;
		});
		assertTrue(ids.containsAll(List.of(ElementProperty.NAME, ElementProperty.DESCRIPTION, ElementProperty.DIMENSION,
				ElementProperty.OWNERS, ElementProperty.RELATION, ElementProperty.UNIT, ElementProperty.WINDOW,
				ElementProperty.DIRECTION, ElementProperty.TARGETS)), ids.toString());
		String before = Diagrams.text(diagram);
		int depth = ElementProperty.DIMENSION.choices().indexOf("depth");
		Workbench.onUi(() -> source.setPropertyValue(ElementProperty.DIMENSION, depth));
		assertEquals(before.replace("dimension breadth", "dimension depth"), Diagrams.text(diagram));
		Workbench.onUi(() -> source.setPropertyValue(ElementProperty.OWNERS, "Nobody"));
		assertTrue(Workbench.onUi(diagram::message).contains("There is no team 'Nobody'"), Workbench.onUi(diagram::message));
		assertEquals(before.replace("dimension breadth", "dimension depth"), Diagrams.text(diagram), "a refused value writes nothing");
		assertEquals(depth, Workbench.onUi(() -> source.getPropertyValue(ElementProperty.DIMENSION)));
	}

	@Test
	void renamingInPlaceRenamesEveryReference() {
		DiagramEditor diagram = Diagrams.open(product);
		org.eclipse.swt.graphics.Rectangle node = Diagrams.reveal(diagram, DEMO + ".PaidOnTime");
		UserInput.click(Workbench.onUi(diagram::canvas), node.x + node.width / 2, node.y + node.height / 2);
		UserInput.press(SWT.F2);
		assertTrue(Workbench.onUi(() -> diagram.actions().renameField().isOpen()));
		Diagrams.enter(Workbench.onUi(diagram::canvas), "Paid on time");
		assertTrue(Workbench.onUi(() -> diagram.actions().renameField().isOpen()), "a name that cannot be used keeps the field open");
		assertTrue(Workbench.onUi(diagram::message).contains("not a name"));
		Diagrams.enter(Workbench.onUi(diagram::canvas), "InvoicesPaidOnTime");
		assertTrue(Diagrams.text(diagram).contains("northstar InvoicesPaidOnTime"));
		assertEquals(DEMO + ".InvoicesPaidOnTime", Workbench.onUi(diagram::selectedKey));
	}

	@Test
	void deletingWhatIsReferencedAsksFirst() throws Exception {
		Models.write(product, Models.PRODUCT.replace("unit invoices window weekly", "unit invoices window weekly formula Senders * 2"));
		DiagramEditor diagram = Diagrams.open(product);
		String before = Diagrams.text(diagram);
		List<String> questions = new ArrayList<>();
		Workbench.onUi(() -> diagram.setConfirmation(question -> questions.add(question) && false));
		Workbench.onUi(() -> diagram.select(DEMO + ".Senders"));
		Workbench.onUi(() -> diagram.actions().deleteSelected());
		assertEquals(1, questions.size());
		assertTrue(questions.get(0).contains("PaidOnTime"), questions.get(0));
		assertEquals(before, Diagrams.text(diagram), "'no' deletes nothing");
		Workbench.onUi(() -> diagram.setConfirmation(question -> true));
		Workbench.onUi(() -> diagram.actions().deleteSelected());
		assertFalse(Diagrams.text(diagram).contains("input Senders"));
		assertTrue(Diagrams.text(diagram).contains("formula Senders * 2"), "the reference stays for the user to fix");
	}

	@Test
	void keysAddRenameAndNavigate() {
		DiagramEditor diagram = Diagrams.open(product);
		Workbench.onUi(() -> diagram.select(DEMO + ".Senders"));
		press(diagram, SWT.INSERT);
		assertTrue(Diagrams.text(diagram).contains("input SubInput"), "Insert on an input adds a sub-input");
		assertEquals(DEMO + ".SubInput", Workbench.onUi(diagram::selectedKey));
		assertTrue(Workbench.onUi(() -> diagram.actions().renameField().isOpen()), "the new node is open for its name");
		UserInput.press(SWT.ESC); // keeps the default name; the keys go to the diagram again
		assertFalse(Workbench.onUi(() -> diagram.actions().renameField().isOpen()));
		press(diagram, SWT.ARROW_UP);
		assertEquals(DEMO + ".Senders", Workbench.onUi(diagram::selectedKey));
		press(diagram, SWT.ARROW_UP);
		assertEquals(DEMO + ".PaidOnTime", Workbench.onUi(diagram::selectedKey));
		press(diagram, SWT.ARROW_DOWN);
		assertEquals(DEMO + ".Senders", Workbench.onUi(diagram::selectedKey));
		press(diagram, SWT.CR);
		assertTrue(Workbench.onUi(() -> diagram.actions().renameField().isOpen()), "Enter renames");
	}

	@Test
	void dragAnInputOntoAnotherToHangItThere() throws Exception {
		Models.write(product, Models.PRODUCT.replace("    }\n}", "    }\n    input Returning \"Senders who come back\" { owner Growth relation additive }\n}"));
		DiagramEditor diagram = Diagrams.open(product);
		assertFalse(Workbench.onUi(() -> diagram.actions().canDrop(DEMO + ".Senders", DEMO + ".Senders")));
		assertTrue(Workbench.onUi(() -> diagram.actions().canDrop(DEMO + ".Returning", DEMO + ".Senders")));
		Workbench.onUi(() -> diagram.actions().dropped(DEMO + ".Returning", DEMO + ".Senders"));
		String text = Diagrams.text(diagram);
		String senders = text.substring(text.indexOf("input Senders"));
		assertTrue(senders.indexOf("input Returning") < senders.indexOf("\n    }"), text);
	}

	@Test
	void copyAndPasteASubtree() {
		DiagramEditor diagram = Diagrams.open(product);
		Workbench.onUi(() -> diagram.select(DEMO + ".Senders"));
		Workbench.onUi(() -> diagram.actions().copySelected());
		Workbench.onUi(() -> diagram.select(DEMO + ".PaidOnTime"));
		Workbench.onUi(() -> diagram.actions().pasteOnSelected());
		assertTrue(Diagrams.text(diagram).contains("input SendersCopy"), Diagrams.text(diagram));
		assertTrue(Diagrams.shows(diagram, DEMO + ".SendersCopy"));
	}

	@Test
	void foldingHidesASubtreeAndSaysHowMuch() {
		DiagramEditor diagram = Diagrams.open(product);
		int all = Workbench.onUi(() -> diagram.canvas().scene().boxes().size());
		Workbench.onUi(() -> diagram.toggle(DEMO + ".PaidOnTime"));
		assertFalse(Diagrams.shows(diagram, DEMO + ".Senders"));
		assertEquals(all - 1, Workbench.onUi(() -> diagram.canvas().scene().boxes().size()));
		assertTrue(Workbench.onUi(() -> diagram.canvas().scene().badges().stream().anyMatch(b -> b.text().equals("+1"))));
		Workbench.onUi(() -> diagram.toggle(DEMO + ".PaidOnTime"));
		assertTrue(Diagrams.shows(diagram, DEMO + ".Senders"));
	}

	@Test
	void selectionFollowsTheSourceEditorBothWays() {
		NorthStarEditor source = Models.open(product);
		DiagramEditor diagram = Diagrams.open(product);
		Workbench.onUi(() -> diagram.select(DEMO + ".Senders"));
		ITextSelection selected = Workbench.onUi(() -> (ITextSelection) source.getSelectionProvider().getSelection());
		assertEquals("Senders", selected.getText());
		int offset = Diagrams.text(diagram).indexOf("unit invoices");
		Workbench.onUi(() -> {
			source.getSite().getPage().activate(source); // the user clicks into the text
			source.selectAndReveal(offset, 0);
		});
		Workbench.waitUntil("the diagram to follow the caret", Duration.ofSeconds(10),
				() -> (DEMO + ".PaidOnTime").equals(Workbench.onUi(diagram::selectedKey)));
	}

	@Test
	void theOutlineShowsTheTreeAndSelectsInStep() {
		DiagramEditor diagram = Diagrams.open(product);
		org.eclipse.ui.views.contentoutline.ContentOutline view = Workbench.onUi(() -> {
			try {
				return (org.eclipse.ui.views.contentoutline.ContentOutline) diagram.getSite().getPage()
						.showView(org.eclipse.ui.IPageLayout.ID_OUTLINE, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
		});
		var page = (org.eclipse.ui.views.contentoutline.ContentOutlinePage) Workbench.onUi(() -> view.getCurrentPage());
		List<String> rows = Workbench.onUi(() -> {
			List<String> texts = new ArrayList<>();
			collect(((org.eclipse.swt.widgets.Tree) page.getControl()).getItems(), "", texts);
			return texts;
		});
		assertEquals(List.of("Demo  (product)", "  PaidOnTime  (north star)", "    Senders  (input)"), rows);
		Workbench.onUi(() -> diagram.select(DEMO + ".Senders"));
		assertEquals(DEMO + ".Senders", Workbench.onUi(() -> ((org.eclipse.jface.viewers.IStructuredSelection) page.getSelection()).getFirstElement()));
		Workbench.onUi(() -> page.setSelection(new org.eclipse.jface.viewers.StructuredSelection(DEMO + ".PaidOnTime")));
		assertEquals(DEMO + ".PaidOnTime", Workbench.onUi(diagram::selectedKey), "selecting in the outline selects in the diagram");
	}

	private static void collect(org.eclipse.swt.widgets.TreeItem[] items, String indent, List<String> texts) {
		for (org.eclipse.swt.widgets.TreeItem item : items) {
			texts.add(indent + item.getText());
			collect(item.getItems(), indent + "  ", texts);
		}
	}

	@Test
	void exportsWhatItShowsAsSvgAndPng() throws Exception {
		DiagramEditor diagram = Diagrams.open(product);
		Path folder = Files.createTempDirectory("diagram-export");
		Workbench.onUi(() -> diagram.export(folder.resolve("demo.svg"), SceneFiles.Format.SVG));
		Workbench.onUi(() -> diagram.export(folder.resolve("demo.png"), SceneFiles.Format.PNG));
		String svg = Files.readString(folder.resolve("demo.svg"));
		assertTrue(svg.contains("data-element=\"" + DEMO + ".Senders\""), svg);
		assertTrue(ImageIO.read(folder.resolve("demo.png").toFile()).getWidth() > 200);
	}

	/** The acceptance: a product, a North Star, four owned inputs, a guardrail and a KPI, from an empty file, with the diagram alone. */
	@Test
	void aWholeTreeFromAnEmptyFileWithTheDiagramAloneValidatesClean() throws Exception {
		IProject empty = Models.project("diagram-empty", Map.of("strategy.northstar", ""));
		IFile file = empty.getFile("strategy.northstar");
		DiagramEditor diagram = Diagrams.open(file);
		Workbench.onUi(() -> {
			diagram.select(null);
			assertTrue(diagram.actions().add(ElementKind.PRODUCT));
			for (int i = 0; i < 4; i++) {
				assertTrue(diagram.actions().add(ElementKind.TEAM));
			}
			diagram.select("Product");
			assertTrue(diagram.setProperty("Product", ElementProperty.VALUE_STATEMENT, "Freelancers get paid without chasing clients"));
			assertTrue(diagram.setProperty("Product", ElementProperty.GAME, "productivity"));
			assertTrue(diagram.actions().add(ElementKind.NORTH_STAR));
			assertTrue(diagram.setProperty("Product.NorthStar", ElementProperty.NAME, "PaidOnTime"));
			assertTrue(diagram.setProperty("Product.PaidOnTime", ElementProperty.DESCRIPTION, "Invoices paid by their due date"));
			assertTrue(diagram.setProperty("Product.PaidOnTime", ElementProperty.UNIT, "invoices"));
			assertTrue(diagram.setProperty("Product.PaidOnTime", ElementProperty.WINDOW, "weekly"));
			String[] dimensions = { "breadth", "depth", "frequency", "efficiency" };
			String[] teams = { "Team", "Team2", "Team3", "Team4" };
			for (int i = 0; i < 4; i++) {
				diagram.select("Product.PaidOnTime");
				assertTrue(diagram.actions().add(ElementKind.INPUT));
				String input = diagram.selectedKey();
				assertTrue(diagram.setProperty(input, ElementProperty.OWNERS, teams[i]));
				assertTrue(diagram.setProperty(input, ElementProperty.RELATION, "multiplicative"));
				assertTrue(diagram.setProperty(input, ElementProperty.DIMENSION, dimensions[i]));
			}
			diagram.select("Product.PaidOnTime");
			assertTrue(diagram.actions().add(ElementKind.GUARDRAIL));
			assertTrue(diagram.setProperty("Product.Guardrail", ElementProperty.DIRECTION, "lower"));
			assertTrue(diagram.setProperty("Product.Guardrail", ElementProperty.THRESHOLD, "2.5"));
			diagram.select("Product.PaidOnTime");
			assertTrue(diagram.actions().add(ElementKind.KPI));
			diagram.doSave(null);
		});
		assertFalse(Workbench.onUi(diagram::isDirty));
		String saved = Models.onDisk(file);
		List<String> findings = Workbench.onUi(() -> diagram.snapshot().problems().stream()
				.filter(p -> p.severity().compareTo(org.northstar.core.rules.Severity.INFO) > 0).map(p -> p.ruleId() + " " + p.message()).toList());
		assertEquals(List.of(), findings, saved);
		assertTrue(saved.contains("kpi Kpi") && saved.contains("follows PaidOnTime"), saved);
	}

	@Test
	void screenshotOfADiagram() throws Exception {
		Models.write(product, Models.PRODUCT.replace("    }\n}", """
				    }
				    input Returning "Senders who invoice again within four weeks" { dimension frequency owner Billing relation additive }
				    guardrail DisputeRate "Invoices disputed by clients, per 100 sent" { direction lower threshold 2.5 window monthly }
				    kpi PaidSeats "Paid seats" { follows PaidOnTime }
				}"""));
		DiagramEditor diagram = Diagrams.open(product);
		Workbench.onUi(() -> diagram.select(DEMO + ".Senders"));
		Path png = Workbench.screenshot(Workbench.onUi(() -> diagram.getSite().getShell()), "diagram");
		assertTrue(Files.size(png) > 10_000);
	}

	/** What Ctrl+Z and Ctrl+Y run in the diagram: the Edit menu's handlers. */
	private static org.eclipse.jface.action.IAction editAction(DiagramEditor diagram, ActionFactory action) {
		org.eclipse.jface.action.IAction handler = diagram.getEditorSite().getActionBars().getGlobalActionHandler(action.getId());
		assertNotNull(handler, action.getId());
		assertTrue(handler.isEnabled(), action.getId() + " is enabled");
		return handler;
	}

	/** A key posted to the window system with the diagram's canvas focused: it runs the command bound to it. */
	static void press(DiagramEditor diagram, int key) {
		// without a window manager (Xvfb) a closed dialog does not hand activation back to the workbench
		// window, and the diagram's key context follows the active part of the active window
		Workbench.onUi(() -> {
			diagram.getSite().getShell().forceActive();
			diagram.canvas().setFocus();
		});
		// the diagram's keys are bound in its context, which the focus turns on
		Workbench.waitUntil("the diagram's key context", Duration.ofSeconds(10), () -> Workbench.onUi(() -> PlatformUI.getWorkbench()
				.getService(IContextService.class).getActiveContextIds().contains(DiagramCommands.CONTEXT)));
		UserInput.press(key);
	}
}
