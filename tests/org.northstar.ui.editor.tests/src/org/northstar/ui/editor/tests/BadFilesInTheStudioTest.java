package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.northstar.diagram.editor.DiagramEditor;
import org.northstar.testing.BadFiles;
import org.northstar.ui.editor.NorthStarEditor;

/**
 * The files of the command line's BadFilesTest, opened as a person opens them in the studio: in the
 * source editor and in the diagram. Each shows a clear message (a problem at its line saying what
 * to do, the diagram's banner, or the editor's own refusal for a file too large to be a model),
 * the builder marks the file with the same reason, and the workbench still runs a command after.
 */
class BadFilesInTheStudioTest {

	private static final Duration SERVER = Duration.ofSeconds(60);
	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Models.project("bad-files", Map.of("teams.northstar", Models.TEAMS));
	}

	/** Closing every editor through the workbench's command shows that the window still answers. */
	@AfterEach
	void aCommandStillRuns() {
		UserInput.runCommand("org.eclipse.ui.file.closeAll");
		Workbench.waitUntil("Close All to close the editors", Duration.ofSeconds(30), () -> Workbench.onUi(
				() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getEditorReferences().length == 0));
	}

	@Test
	void binaryContent() throws Exception {
		IFile file = create("binary.northstar", BadFiles.binary());
		assertEquals(List.of("1: [syntax] This is a binary file, not a .northstar text file. Remove it or rename it."), Models.markers(file));
		assertEquals(List.of("1: [syntax] This is a binary file, not a .northstar text file. Remove it or rename it."), editorProblems(file));
		Shell window = Workbench.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		Point size = Workbench.onUi(window::getSize);
		try {
			// narrower than the banner's text, as a diagram beside its source is
			Workbench.onUi(() -> window.setSize(900, size.y));
			DiagramEditor diagram = openDiagram(file, "bad-file-diagram");
			String banner = Workbench.onUi(() -> diagram.canvas().banner());
			assertTrue(banner.contains("line 1, column 1: This is a binary file"), banner);
			assertTrue(banner.endsWith("There is no tree to show until the text parses."), "it never had a good tree: " + banner);
			assertTrue(Workbench.onUi(() -> bannerRows(diagram.canvas()) >= 2 * lineHeight(diagram.canvas()) + 12),
					"the banner wraps onto several lines where the diagram is narrower than its text");
		} finally {
			Workbench.onUi(() -> window.setSize(size));
		}
	}

	@Test
	void invalidUtf8() throws Exception {
		IFile file = create("latin1.northstar", BadFiles.latin1());
		assertEquals(List.of("1: [syntax] The file is not UTF-8 text. Save it as UTF-8."), Models.markers(file));
		assertEquals(List.of("1: [syntax] The file is not UTF-8 text: the character here stands for bytes that are not UTF-8. Save it as UTF-8."),
				editorProblems(file));
		assertTrue(diagramBanner(file, null).contains("line 1, column 12: The file is not UTF-8 text"));
	}

	@Test
	void tenThousandNestedInputs() throws Exception {
		IFile file = create("deep.northstar", BadFiles.nestedInputs(10_000).getBytes(StandardCharsets.UTF_8));
		assertEquals(1, Models.markers(file).size());
		assertTrue(Models.markers(file).get(0).startsWith("101: [syntax] Nesting too deep"), Models.markers(file)::toString);
		assertEquals(Models.markers(file), editorProblems(file));
		assertTrue(diagramBanner(file, null).contains("line 101, column 11: Nesting too deep"));
	}

	@Test
	void aLineOfAMegabyte() throws Exception {
		IFile file = create("oneline.northstar", BadFiles.megabyteLine().getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of(), Models.markers(file).stream().filter(m -> m.contains("[syntax]")).toList());
		long start = System.nanoTime();
		open(file, "org.eclipse.ui.DefaultTextEditor");
		long platform = System.nanoTime() - start;
		Models.closeEditors();
		start = System.nanoTime();
		NorthStarEditor editor;
		try (UiWatchdog watchdog = new UiWatchdog(Workbench.display())) {
			editor = (NorthStarEditor) open(file, null);
			UserInput.settle();
			System.out.println("[measure] a 1 MB line: the source editor opened in " + (System.nanoTime() - start) / 1_000_000
					+ " ms, the platform's text editor in " + platform / 1_000_000 + " ms; the UI thread was busy in\n" + watchdog.blockedIn(8));
		}
		assertEquals(BadFiles.megabyteLine(), Models.text(editor));
		DiagramEditor diagram = (DiagramEditor) open(file, DiagramEditor.ID);
		assertNull(Workbench.onUi(() -> diagram.canvas().banner()));
		assertTrue(Diagrams.shows(diagram, "Long"));
	}

	@Test
	void aByteOrderMarkCrlfAndLoneCrReadAsTheSameModel() throws Exception {
		IFile lf = create("lf.northstar", Models.PRODUCT.getBytes(StandardCharsets.UTF_8));
		List<String> expected = Models.markers(lf);
		assertFalse(expected.isEmpty(), "the product has findings to compare");
		Map<String, byte[]> forms = Map.of("bom.northstar", BadFiles.withByteOrderMark(Models.PRODUCT), "crlf.northstar",
				BadFiles.crlf(Models.PRODUCT).getBytes(StandardCharsets.UTF_8), "cr.northstar",
				BadFiles.loneCr(Models.PRODUCT).getBytes(StandardCharsets.UTF_8));
		for (Map.Entry<String, byte[]> form : forms.entrySet()) {
			Models.closeEditors();
			IFile file = create(form.getKey(), form.getValue());
			assertEquals(expected, Models.markers(file), form.getKey());
			assertEquals(expected, editorProblems(file), form.getKey());
			NorthStarEditor editor = (NorthStarEditor) Workbench
					.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor());
			assertFalse(Models.text(editor).startsWith("\uFEFF"), "the byte order mark is shown as text");
			assertNull(diagramBanner(file, null), form.getKey());
		}
	}

	@Test
	void fiftyMegabytes() throws Exception {
		IFile file = create("huge.northstar", BadFiles.fiftyMegabytes());
		assertEquals(List.of("1: [syntax] The file is larger than 8 MB; a .northstar model is text. Split it into several files."), Models.markers(file));
		String refusal = "huge.northstar is not opened (49 MB). The file is larger than 8 MB";
		IEditorPart editor = open(file, null);
		assertFalse(editor instanceof NorthStarEditor);
		assertTrue(shownIn(editor).contains(refusal), shownIn(editor));
		IEditorPart diagram = open(file, DiagramEditor.ID);
		assertFalse(diagram instanceof DiagramEditor);
		assertTrue(shownIn(diagram).contains(refusal), shownIn(diagram));
		List<String> tabs = editorTabs();
		assertTrue(tabs.contains("huge.northstar") && tabs.contains("huge.northstar (diagram)"),
				"the refused editors' tabs name the file: " + tabs);
		Workbench.screenshot(Workbench.onUi(() -> diagram.getSite().getShell()), "too-large-diagram");
	}

	/** The titles on the editor area's tabs, as a person reads them. */
	private static List<String> editorTabs() {
		return Workbench.onUi(() -> {
			List<String> titles = new ArrayList<>();
			collectTabs(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), titles);
			return titles;
		});
	}

	private static void collectTabs(Control control, List<String> titles) {
		if (control instanceof CTabFolder folder) {
			for (CTabItem item : folder.getItems()) {
				titles.add(item.getText());
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTabs(child, titles);
			}
		}
	}

	private static IFile create(String name, byte[] bytes) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(bytes), IResource.FORCE, null);
		Workbench.waitForBuilds();
		return file;
	}

	/** Opens the file in the source editor and returns its problems, once the server has published them, as Models.markers does. */
	private static List<String> editorProblems(IFile file) {
		NorthStarEditor editor = (NorthStarEditor) open(file, null);
		Workbench.waitUntil("the server's problems in the editor of " + file.getName(), SERVER, () -> !Models.problems(editor).isEmpty());
		return Models.problemsByLine(editor);
	}

	/** How many rows from the canvas's top are the banner's yellow, as painted on the screen. */
	private static int bannerRows(Canvas canvas) {
		Image image = new Image(canvas.getDisplay(), canvas.getSize().x, canvas.getSize().y);
		GC gc = new GC(canvas);
		try {
			gc.copyArea(image, 0, 0);
			ImageData pixels = image.getImageData();
			RGB banner = new RGB(0xff, 0xf3, 0xbf);
			int rows = 0;
			while (rows < pixels.height && pixels.palette.getRGB(pixels.getPixel(2, rows)).equals(banner)) {
				rows++;
			}
			return rows;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static int lineHeight(Canvas canvas) {
		GC gc = new GC(canvas);
		try {
			return gc.getFontMetrics().getHeight();
		} finally {
			gc.dispose();
		}
	}

	/** Opens the file in the diagram and returns its banner (null: none), with a screenshot when named. */
	private static String diagramBanner(IFile file, String screenshot) throws Exception {
		DiagramEditor diagram = openDiagram(file, screenshot);
		return Workbench.onUi(() -> diagram.canvas().banner());
	}

	private static DiagramEditor openDiagram(IFile file, String screenshot) throws Exception {
		DiagramEditor diagram = (DiagramEditor) open(file, DiagramEditor.ID);
		UserInput.settle();
		if (screenshot != null) {
			Workbench.screenshot(Workbench.onUi(() -> diagram.getSite().getShell()), screenshot);
		}
		return diagram;
	}

	private static IEditorPart open(IFile file, String editorId) {
		return Workbench.onUi(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			try {
				return editorId == null ? IDE.openEditor(page, file)
						: page.openEditor(new FileEditorInput(file), editorId, true, IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	/** Every text the part's window shows in its labels and fields (the part is the only editor open). */
	private static String shownIn(IEditorPart part) {
		return Workbench.onUi(() -> {
			StringBuilder texts = new StringBuilder();
			collect(part.getSite().getShell(), texts);
			return texts.toString();
		});
	}

	private static void collect(Control control, StringBuilder texts) {
		if (control instanceof Label label) {
			texts.append(label.getText()).append('\n');
		} else if (control instanceof Text text) {
			texts.append(text.getText()).append('\n');
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, texts);
			}
		}
	}
}
