package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.northstar.core.rules.RuleIds;
import org.northstar.ui.editor.NorthStarEditor;

/**
 * Content assist as a person asks for it: Ctrl+Space, the Content Assist command (Quick Access, the
 * Edit menu) and typing a name; the proposals popup is read and Enter accepts the selected proposal.
 */
class ContentAssistTest extends EditorTest {

	private static final Duration POPUP = Duration.ofSeconds(30);
	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Models.teamsAndProduct("editor-assist");
	}

	@Test
	void ctrlSpaceShowsTheTeamsAndEnterAcceptsTheSelectedOne() throws Exception {
		NorthStarEditor editor = Models.open(project.getFile("product.northstar"));
		maximise();
		Models.typeAfter(editor, "owner Growth", ", Bi");
		UserInput.focus(editor);
		UserInput.press(' ', SWT.CTRL);
		Table proposals = proposalsPopup();
		List<String> rows = UserInput.rows(proposals);
		assertTrue(!rows.isEmpty() && rows.get(0).startsWith("Billing"), "the first proposal is Billing: " + rows);
		assertTrue(rows.stream().allMatch(row -> row.toLowerCase().startsWith("bi")), "only what starts with 'Bi': " + rows);
		Path png = Workbench.screenshot(Workbench.onUi(() -> editor.getSite().getShell()), "completion");
		assertTrue(Files.size(png) > 0);
		UserInput.pressWhilePopupIsOpen(SWT.CR);
		Workbench.waitUntil("Billing to be inserted", POPUP,
				() -> Models.text(editor).contains("owner Growth, Billing relation multiplicative"));
	}

	@Test
	void theContentAssistCommandOffersTheTeamsToo() {
		NorthStarEditor editor = Models.open(project.getFile("product.northstar"));
		Models.typeAfter(editor, "owner Growth", ", ");
		UserInput.focus(editor);
		UserInput.runCommand(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		List<String> rows = UserInput.rows(proposalsPopup());
		assertTrue(rows.stream().anyMatch(row -> row.startsWith("Billing")), rows.toString());
		UserInput.pressWhilePopupIsOpen(SWT.ESC);
	}

	@Test
	void ctrlSpaceWhereNothingFitsSaysSoInsteadOfShowingNothing() {
		NorthStarEditor editor = Models.open(project.getFile("product.northstar"));
		Models.typeAfter(editor, "package acme.edit", "\n// a note on the model");
		UserInput.focus(editor);
		UserInput.press(' ', SWT.CTRL);
		List<String> rows = UserInput.rows(proposalsPopup());
		assertEquals(List.of("Nothing to propose here."), rows);
		UserInput.pressWhilePopupIsOpen(SWT.ESC);
	}

	@Test
	void typingTheStartOfANameOpensTheProposalsByItself() {
		NorthStarEditor editor = Models.open(project.getFile("product.northstar"));
		Models.typeAfter(editor, "owner Growth", ", ");
		UserInput.focus(editor);
		UserInput.type("Bil");
		List<String> rows = UserInput.rows(proposalsPopup());
		assertTrue(!rows.isEmpty() && rows.get(0).startsWith("Billing"), rows.toString());
		UserInput.pressWhilePopupIsOpen(SWT.CR);
		Workbench.waitUntil("Billing to be inserted", POPUP,
				() -> Models.text(editor).contains("owner Growth, Billing relation multiplicative"));
	}

	@Test
	void screenshotOfSquigglesAndTheContentAssistPopup() throws Exception {
		NorthStarEditor editor = Models.open(project.getFile("product.northstar"));
		maximise();
		Models.typeAfter(editor, Models.PRODUCT.strip(), "\n\nproduct Growthy {\n    northstar Signups \"Sign ups\"\n}\n");
		Workbench.waitUntil("the vanity squiggle", Duration.ofSeconds(60), () -> Models.hasProblem(editor, RuleIds.VANITY_NORTH_STAR));
		Models.typeAfter(editor, "    input Senders \"Freelancers who send at least one invoice a week\" {", "\n        ");
		UserInput.focus(editor);
		UserInput.press(' ', SWT.CTRL);
		proposalsPopup();
		Path png = Workbench.screenshot(Workbench.onUi(() -> editor.getSite().getShell()), "editor");
		assertTrue(Files.size(png) > 0);
		UserInput.pressWhilePopupIsOpen(SWT.ESC);
	}

	/** The content assistant's popup: a shell of its own holding the table of proposals. */
	private static Table proposalsPopup() {
		return UserInput.waitForPopup("the proposals popup", POPUP,
				shell -> UserInput.find(shell, Table.class, table -> table.getItemCount() > 0));
	}

	private static void maximise() {
		Workbench.onUi(() -> {
			var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		});
	}
}
