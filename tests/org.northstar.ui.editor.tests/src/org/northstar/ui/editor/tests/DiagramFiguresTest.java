package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.northstar.core.rules.RuleIds;
import org.northstar.scene.Palette;
import org.northstar.scene.Scene;
import org.northstar.diagram.editor.DiagramEditor;
import org.northstar.workspace.builder.ProblemMarkers;

/**
 * The numbers on the diagram, as a person sees them: the example's Invoicely with its year of weekly
 * data shows each metric's value, trend, status and sparkline and each edge's r, hidden and shown
 * again by the toolbar's command; a what-if value typed for an input moves the North Star by the
 * hand-computed amount, marked hypothetical, and writes nothing; the breached guardrail is a problem
 * in the Problems view and a badge on its node.
 */
class DiagramFiguresTest {

	private static final Path EXAMPLE = Path.of("../../bundles/org.northstar.studio/examples/acme-strategy");
	private static final Duration LOAD = Duration.ofSeconds(60);
	private static final String NORTH_STAR = "acme.Invoicely.PaidOnTime";
	private static final String SENDERS = "acme.Invoicely.Senders";
	private static final String GUARDRAIL = "acme.Invoicely.DisputeRate";

	private IFile model;

	@BeforeEach
	void exampleWithData() throws Exception {
		IProject project = Models.project("diagram-figures", Map.of("teams.northstar", read("teams.northstar")));
		project.getFolder("data").create(true, true, null);
		Models.write(project.getFile("data/invoicely.csv"), read("data/invoicely.csv"));
		model = project.getFile("invoicely.northstar");
		Models.write(model, read("invoicely.northstar"));
		Workbench.waitForBuilds();
	}

	@AfterEach
	void close() {
		Models.closeEditors();
	}

	@Test
	void theDiagramShowsTheFiguresAndItsToolbarCommandHidesThem() throws Exception {
		DiagramEditor diagram = Diagrams.open(model);
		Workbench.waitUntil("the figures on the North Star", LOAD, () -> textIn(diagram, NORTH_STAR, "7,700").isPresent());
		assertTrue(textIn(diagram, SENDERS, "2,450").isPresent() && textIn(diagram, SENDERS, "freelancers").isPresent());
		assertEquals(Palette.BETTER, textIn(diagram, SENDERS, "+5.2%").orElseThrow().color(), "2,450 after 2,329: up, Senders' way");
		assertTrue(stripeOf(diagram, GUARDRAIL).equals(Palette.WORSE), "DisputeRate 2.7 is past its 2.5: a red stripe");
		assertTrue(stripeOf(diagram, NORTH_STAR).equals(Palette.BETTER), "PaidOnTime is on track: a green stripe");
		List<String> labels = Workbench.onUi(() -> diagram.canvas().scene().edges().stream().map(Scene.Edge::label)
				.filter(l -> l != null).toList());
		assertTrue(labels.contains("×  r 0.99"), labels::toString);
		screenshot(diagram, "diagram-values");

		focus(diagram);
		UserInput.runCommand("org.northstar.diagram.toggleValues"); // the toolbar's Figures toggle runs it
		Workbench.waitUntil("the figures hidden", Duration.ofSeconds(10), () -> textIn(diagram, NORTH_STAR, "7,700").isEmpty());
		assertTrue(Workbench.onUi(() -> diagram.canvas().scene().marks().isEmpty()));
		assertFalse(Workbench.onUi(diagram::valuesShown));
		UserInput.runCommand("org.northstar.diagram.toggleValues");
		Workbench.waitUntil("the figures back", Duration.ofSeconds(10), () -> textIn(diagram, NORTH_STAR, "7,700").isPresent());
	}

	@Test
	void aWhatIfValueMovesTheNorthStarHypotheticallyAndWritesNothing() throws Exception {
		String onDisk = Models.onDisk(model);
		DiagramEditor diagram = Diagrams.open(model);
		Workbench.waitUntil("the figures on the North Star", LOAD, () -> textIn(diagram, NORTH_STAR, "7,700").isPresent());
		Composite canvas = Workbench.onUi(diagram::canvas);
		Rectangle senders = Diagrams.reveal(diagram, SENDERS);
		UserInput.click(canvas, senders.x + senders.width / 2, senders.y + senders.height / 2);
		assertEquals(SENDERS, Workbench.onUi(diagram::selectedKey));
		UserInput.press('w', SWT.CTRL, SWT.ALT);
		assertTrue(Workbench.onUi(() -> diagram.whatIfField().isOpen()), "Ctrl+Alt+W opens the what-if field");
		Diagrams.enter(canvas, "lots");
		assertTrue(Workbench.onUi(() -> diagram.whatIfField().refusal()).contains("not a number"));
		Diagrams.enter(canvas, "2600");
		// PaidOnTime = Senders * InvoicesPerSender * OnTimeShare: 7,700 + (2,600 - 2,450) * 3.7 * 0.85 = 8,171.75
		Workbench.waitUntil("the hypothetical North Star", Duration.ofSeconds(10), () -> textIn(diagram, NORTH_STAR, "8,172").isPresent());
		Scene.Text value = textIn(diagram, NORTH_STAR, "8,172").orElseThrow();
		assertTrue(value.italic() && value.color().equals(Palette.HYPOTHETICAL), value::toString);
		assertTrue(Workbench.onUi(() -> diagram.canvas().banner()).startsWith("Hypothetical — what if Senders = 2,600"),
				Workbench.onUi(() -> diagram.canvas().banner()));
		screenshot(diagram, "diagram-what-if");
		assertEquals(onDisk, Models.onDisk(model), "nothing is written to the file");
		assertFalse(Workbench.onUi(diagram::isDirty), "nor to the document");

		UserInput.press(SWT.ESC);
		Workbench.waitUntil("the measured North Star again", Duration.ofSeconds(10), () -> textIn(diagram, NORTH_STAR, "7,700").isPresent());
		assertNull(Workbench.onUi(() -> diagram.canvas().banner()));
		assertEquals(onDisk, Models.onDisk(model));
	}

	@Test
	void aBreachedGuardrailIsAProblemAndABadgeOnceTheDataIsLoaded() throws Exception {
		Workbench.waitUntil("a guardrail-breached problem", LOAD, () -> breached().isPresent());
		IMarker marker = breached().orElseThrow();
		assertEquals(56, marker.getAttribute(IMarker.LINE_NUMBER, 0));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("'DisputeRate' is 2.7 in 2026-W48, past its threshold 2.5"));
		var source = Models.open(model);
		Workbench.waitUntil("a guardrail-breached squiggle in the source editor", LOAD, () -> Models.hasProblem(source, RuleIds.GUARDRAIL_BREACHED));
		DiagramEditor diagram = Diagrams.open(model);
		Workbench.waitUntil("the guardrail's badge", LOAD, () -> Workbench.onUi(() -> diagram.canvas().scene().badges().stream()
				.anyMatch(badge -> badge.tooltip().contains("[guardrail-breached]"))));
	}

	/** The diagram alone on the whole screen, fitted, as build output; the window is put back after. */
	private static void screenshot(DiagramEditor diagram, String name) throws Exception {
		Shell shell = Workbench.onUi(() -> diagram.getSite().getShell());
		Rectangle before = Workbench.onUi(shell::getBounds);
		IWorkbenchPage page = Workbench.onUi(() -> diagram.getSite().getPage());
		try {
			Workbench.onUi(() -> {
				shell.setBounds(shell.getDisplay().getBounds());
				page.setPartState(page.getReference(diagram), IWorkbenchPage.STATE_MAXIMIZED);
			});
			UserInput.settle();
			Workbench.onUi(() -> diagram.canvas().fit());
			UserInput.settle();
			Workbench.screenshot(shell, name);
		} finally {
			Workbench.onUi(() -> {
				page.setPartState(page.getReference(diagram), IWorkbenchPage.STATE_RESTORED);
				shell.setBounds(before);
			});
		}
	}

	private Optional<IMarker> breached() {
		try {
			return Arrays.stream(model.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.filter(m -> RuleIds.GUARDRAIL_BREACHED.equals(m.getAttribute(ProblemMarkers.RULE_ID, ""))).findFirst();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static void focus(DiagramEditor diagram) {
		Workbench.onUi(() -> {
			diagram.getSite().getPage().activate(diagram);
			diagram.setFocus();
		});
	}

	/** A text drawn inside the node's box, if there is one. */
	private static Optional<Scene.Text> textIn(DiagramEditor diagram, String key, String text) {
		return Workbench.onUi(() -> {
			Scene scene = diagram.canvas().scene();
			Scene.Box box = scene.boxes().stream().filter(b -> key.equals(b.element())).findFirst().orElse(null);
			return box == null ? Optional.<Scene.Text>empty() : scene.texts().stream().filter(t -> t.text().equals(text)
					&& t.x() >= box.x() && t.x() <= box.x() + box.width() && t.y() >= box.y() && t.y() <= box.y() + box.height()).findFirst();
		});
	}

	/** The colour of the status stripe on the node's right edge. */
	private static String stripeOf(DiagramEditor diagram, String key) {
		return Workbench.onUi(() -> {
			Scene scene = diagram.canvas().scene();
			Scene.Box box = scene.boxes().stream().filter(b -> key.equals(b.element())).findFirst().orElseThrow();
			return scene.marks().stream().filter(m -> m.filled() && m.points().size() == 4
					&& m.points().stream().allMatch(p -> p.x() > box.x() + box.width() - 8 && p.x() <= box.x() + box.width()
							&& p.y() > box.y() && p.y() < box.y() + box.height()))
					.map(Scene.Mark::color).findFirst().orElse("none");
		});
	}

	private static String read(String file) throws IOException {
		return Files.readString(EXAMPLE.resolve(file));
	}
}
