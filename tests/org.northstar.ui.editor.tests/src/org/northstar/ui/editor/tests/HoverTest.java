package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.northstar.core.rules.RuleIds;
import org.northstar.ui.editor.NorthStarEditor;

/**
 * Hovering a name shows its problems and what the server says about it, rendered (no Markdown markup)
 * and whole: every character of the hover lies inside its visible area, and the hover on the screen.
 */
class HoverTest extends EditorTest {

	private static final Duration SERVER = Duration.ofSeconds(60);
	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Models.teamsAndProduct("editor-hover");
	}

	@Test
	void hoveringANorthStarShowsItsProblemAndFactsRenderedAndWhole() throws Exception {
		NorthStarEditor editor = Models.open(project.getFile("product.northstar"));
		Workbench.onUi(() -> {
			var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		});
		Models.typeAfter(editor, Models.PRODUCT.strip(),
				"\n\nproduct Growthy {\n    northstar Signups \"Sign ups\" { unit users window weekly }\n}\n");
		Workbench.waitUntil("the vanity squiggle", SERVER, () -> Models.hasProblem(editor, RuleIds.VANITY_NORTH_STAR));
		UserInput.focus(editor);
		StyledText editorText = Workbench.onUi(() -> (StyledText) editor.getAdapter(Control.class));
		int onTheName = Models.text(editor).indexOf("Signups") + 3;
		StyledText hover = UserInput.waitForPopup("the hover over Signups", SERVER,
				shell -> UserInput.find(shell, StyledText.class, text -> text.getText().contains(RuleIds.VANITY_NORTH_STAR)),
				() -> UserInput.moveMouseTo(editorText, onTheName));
		String shown = Workbench.onUi(() -> hover.getText());
		Workbench.screenshot(Workbench.onUi(() -> editor.getSite().getShell()), "hover");

		assertTrue(shown.contains("[vanity-north-star]"), "the problem: " + shown);
		assertTrue(shown.contains("unit: users"), "the North Star's facts: " + shown);
		assertFalse(shown.contains("**") || shown.contains("`"), "bold and code are rendered, not shown as markup: " + shown);
		assertTrue(Arrays.stream(shown.split("\n")).noneMatch(line -> line.startsWith("- ")),
				"list items are rendered, not shown as '- ': " + shown);
		String cut = Workbench.onUi(() -> charactersOutside(hover));
		assertTrue(cut.isEmpty(), "cut off by the hover's edge: " + cut + "\nin: " + shown);
		Rectangle bounds = Workbench.onUi(() -> hover.getShell().getBounds());
		Rectangle screen = Workbench.onUi(() -> hover.getDisplay().getBounds());
		assertTrue(screen.contains(bounds.x, bounds.y) && screen.contains(bounds.x + bounds.width - 1,
				bounds.y + bounds.height - 1), "the hover " + bounds + " lies on the screen " + screen);
	}

	/** The lines of the text that reach outside the part of the widget one sees. */
	private static String charactersOutside(StyledText text) {
		Rectangle visible = text.getClientArea();
		StringBuilder outside = new StringBuilder();
		for (int line = 0; line < text.getLineCount(); line++) {
			int start = text.getOffsetAtLine(line);
			int end = line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) - 1 : text.getCharCount();
			if (end <= start) {
				continue;
			}
			Rectangle bounds = text.getTextBounds(start, end - 1);
			if (bounds.x + bounds.width > visible.x + visible.width || bounds.y + bounds.height > visible.y + visible.height) {
				outside.append(text.getLine(line)).append(" (").append(bounds).append(" outside ").append(visible).append(")\n");
			}
		}
		return outside.toString();
	}
}
