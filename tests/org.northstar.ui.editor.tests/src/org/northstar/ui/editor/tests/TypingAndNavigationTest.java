package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Iterator;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.northstar.ui.editor.EditorCommands;
import org.northstar.ui.editor.NorthStarEditor;

/** Typing help (braces, quotes, indentation, comments), format, go to definition and mark occurrences. */
class TypingAndNavigationTest extends EditorTest {

	private static final Duration SERVER = Duration.ofSeconds(60);
	private static final Duration KEYS = Duration.ofSeconds(10);
	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Models.teamsAndProduct("editor-typing");
	}

	@Test
	void bracesAndQuotesCloseThemselvesAndEnterIndentsTheBody() {
		NorthStarEditor editor = Models.open(project.getFile("teams.northstar"));
		String before = Models.text(editor);
		typeAtTheEnd(editor, "team Partners {\nlead \"Kim\"");
		assertEquals(before + "team Partners {\n    lead \"Kim\"\n}", Models.text(editor));
	}

	@Test
	void aClosingBraceOnABlankLineMovesBackOneLevel() {
		NorthStarEditor editor = Models.open(project.getFile("teams.northstar"));
		String before = Models.text(editor);
		typeAtTheEnd(editor, "team Ops\n    }");
		assertEquals(before + "team Ops\n}", Models.text(editor));
	}

	@Test
	void toggleCommentCommentsTheLineOutAndBackIn() {
		NorthStarEditor editor = Models.open(project.getFile("teams.northstar"));
		String before = Models.text(editor);
		Workbench.onUi(() -> editor.selectAndReveal(Models.text(editor).indexOf("team Billing") + 2, 0));
		UserInput.focus(editor);
		UserInput.press('/', SWT.CTRL);
		Workbench.waitUntil("Ctrl+/ to comment the line out", KEYS, () -> Models.text(editor).contains("//team Billing"));
		UserInput.press('/', SWT.CTRL);
		Workbench.waitUntil("Ctrl+/ to comment the line back in", KEYS, () -> before.equals(Models.text(editor)));
	}

	@Test
	void formatChangesOnlyTheLayoutAndUndoesInOneStep() {
		NorthStarEditor editor = Models.open(project.getFile("teams.northstar"));
		String messy = Models.TEAMS.replace("team Growth { lead", "team    Growth {lead");
		Models.replaceAll(editor, messy);
		Workbench.waitUntil("the server to have the messy text", SERVER, () -> editor.sync().connection().isReady());
		UserInput.focus(editor);
		UserInput.runCommand(EditorCommands.FORMAT);
		String formatted = Models.text(editor);
		assertNotEquals(messy, formatted, "the server's formatter changed the layout");
		assertEquals(messy.replaceAll("\\s+", ""), formatted.replaceAll("\\s+", ""), "only white space changed");
		UserInput.press('z', SWT.CTRL);
		Workbench.waitUntil("one undo to restore the text before formatting", KEYS, () -> messy.equals(Models.text(editor)));
	}

	@Test
	void f3OnAnOwnerOpensTheTeamsDefinitionInItsFile() {
		NorthStarEditor editor = Models.open(project.getFile("product.northstar"));
		Workbench.waitUntil("the server to know the document", SERVER, () -> !Workbench.onUi(editor::symbols).isEmpty());
		Workbench.onUi(() -> editor.selectAndReveal(Models.text(editor).indexOf("owner Growth") + "owner Gr".length(), 0));
		UserInput.focus(editor);
		UserInput.press(SWT.F3);
		Workbench.waitUntil("the teams file to open", SERVER, () -> Workbench.onUi(() -> "teams.northstar".equals(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor().getEditorInput().getName())));
		IEditorPart active = Workbench.onUi(
				() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor());
		assertEquals("teams.northstar", Workbench.onUi(() -> active.getEditorInput().getName()));
		String selected = Workbench.onUi(() -> ((ITextEditor) active).getSelectionProvider().getSelection().toString());
		assertTrue(Workbench.onUi(() -> ((org.eclipse.jface.text.ITextSelection) ((ITextEditor) active)
				.getSelectionProvider().getSelection()).getText()).contains("Growth"), selected);
	}

	@Test
	void theNameAtTheCaretIsHighlightedWhereverItOccurs() {
		NorthStarEditor editor = Models.open(project.getFile("teams.northstar"));
		Workbench.waitUntil("the server to know the document", SERVER, () -> !Workbench.onUi(editor::symbols).isEmpty());
		Workbench.onUi(() -> editor.selectAndReveal(Models.text(editor).indexOf("Growth") + 2, 0));
		Workbench.waitUntil("an occurrence annotation", Duration.ofSeconds(10), () -> occurrences(editor) > 0);
	}

	private static int occurrences(NorthStarEditor editor) {
		return Workbench.onUi(() -> {
			int count = 0;
			IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				if ("org.northstar.ui.occurrence".equals(it.next().getType())) {
					count++;
				}
			}
			return count;
		});
	}

	private static void typeAtTheEnd(NorthStarEditor editor, String keys) {
		Workbench.onUi(() -> {
			StyledText widget = (StyledText) editor.getAdapter(Control.class);
			widget.setSelection(widget.getCharCount());
			type(widget, keys);
		});
	}

	/** Sends each character as a key press to the widget, so the editor's typing help sees it as typed. */
	private static void type(StyledText widget, String text) {
		for (char c : text.toCharArray()) {
			Event key = new Event();
			key.character = c == '\n' ? SWT.CR : c;
			key.keyCode = c == '\n' ? SWT.CR : c;
			key.widget = widget;
			widget.notifyListeners(SWT.KeyDown, key);
		}
	}
}
