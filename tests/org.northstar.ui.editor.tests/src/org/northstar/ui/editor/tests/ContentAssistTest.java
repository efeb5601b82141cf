package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.northstar.ui.editor.EditorCommands;
import org.northstar.ui.editor.NorthStarEditor;

/** Ctrl+Space: the server's proposals, accepted into the text; and the screenshot of the editor at work. */
class ContentAssistTest extends EditorTest {

	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Models.teamsAndProduct("editor-assist");
	}

	@Test
	void acceptingATeamProposalCompletesTheOwner() {
		NorthStarEditor editor = Models.open(project.getFile("product.northstar"));
		int offset = Models.typeAfter(editor, "owner Growth", ", Bi");
		ICompletionProposal[] proposals = Workbench.onUi(() -> editor.proposalsAt(offset));
		ICompletionProposal billing = Arrays.stream(proposals).filter(p -> p.getDisplayString().startsWith("Billing"))
				.findFirst().orElseThrow(() -> new AssertionError("no Billing among " + Arrays.stream(proposals)
						.map(ICompletionProposal::getDisplayString).toList()));
		Workbench.onUi(() -> ((ICompletionProposalExtension2) billing).apply(editor.viewer(), (char) 0, 0, offset));
		assertTrue(Models.text(editor).contains("owner Growth, Billing relation multiplicative"), Models.text(editor));
	}

	@Test
	void screenshotOfSquigglesAndTheContentAssistPopup() throws Exception {
		NorthStarEditor editor = Models.open(project.getFile("product.northstar"));
		Models.typeAfter(editor, Models.PRODUCT.strip(), "\n\nproduct Growthy {\n    northstar Signups \"Sign ups\"\n}\n");
		Workbench.waitUntil("the vanity squiggle", Duration.ofSeconds(60), () -> Models.hasProblem(editor, "vanity-north-star"));
		Models.typeAfter(editor, "    input Senders \"Freelancers who send at least one invoice a week\" {", "\n        ");
		Workbench.onUi(() -> {
			var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		});
		Workbench.display().asyncExec(() -> editor.run(EditorCommands.CONTENT_ASSIST));
		Workbench.pause(1500);
		Path png = Workbench.screenshot(Workbench.onUi(() -> editor.getSite().getShell()), "editor");
		assertTrue(Files.size(png) > 0);
	}
}
