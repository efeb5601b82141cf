package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.northstar.ui.builder.ProblemMarkers;
import org.northstar.ui.editor.NorthStarEditor;

/**
 * Quick fixes are the server's code actions: Ctrl+1 in the editor and Quick Fix in the Problems view.
 * Xtext's standard server offers none; the tests apply what the server offers and are skipped (not
 * failed) while it offers nothing.
 */
class QuickFixTest extends EditorTest {

	private static final Duration SERVER = Duration.ofSeconds(60);
	private static final String VANITY = "\n\nproduct Growthy {\n    northstar Signups \"Sign ups\"\n}\n";
	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Models.teamsAndProduct("editor-quickfix");
	}

	@Test
	void ctrl1AppliesAFixOfTheServerForTheProblemAtTheCaret() {
		NorthStarEditor editor = Models.open(project.getFile("product.northstar"));
		Models.typeAfter(editor, Models.PRODUCT.strip(), VANITY);
		Workbench.waitUntil("the vanity squiggle", SERVER, () -> Models.hasProblem(editor, "vanity-north-star"));
		int offset = Models.text(editor).indexOf("Signups") + 2;
		ICompletionProposal[] fixes = Workbench.onUi(() -> ((ISourceViewerExtension3) editor.viewer())
				.getQuickAssistAssistant().getQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(editor.viewer(), offset, 0)));
		assumeTrue(fixes.length > 0, "the server offers no code action for vanity-north-star yet");
		// other findings share the caret (incomplete-north-star, ...): take the fix of the one this test is about
		ICompletionProposal fix = Arrays.stream(fixes).filter(p -> p.getDisplayString().startsWith("Ignore vanity-north-star"))
				.findFirst().orElse(fixes[0]);
		String before = Models.text(editor);
		Workbench.onUi(() -> fix.apply(Models.document(editor)));
		assertNotEquals(before, Models.text(editor), "the fix '" + fix.getDisplayString() + "' changed the text");
		if (fix.getDisplayString().startsWith("Ignore vanity-north-star")) {
			Workbench.waitUntil("the ignored problem to go", SERVER, () -> !Models.hasProblem(editor, "vanity-north-star"));
		}
	}

	@Test
	void theProblemsViewFixesAClosedFileThroughTheServer() throws Exception {
		IFile teams = project.getFile("teams.northstar");
		IMarker idle = Arrays.stream(teams.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> "idle-team".equals(m.getAttribute(ProblemMarkers.RULE_ID, ""))).findFirst()
				.orElseThrow(() -> new AssertionError("Billing, which owns nothing, is an idle team"));
		IMarkerResolution[] resolutions = Workbench.onUi(() -> IDE.getMarkerHelpRegistry().getResolutions(idle));
		assumeTrue(resolutions.length > 0, "the server offers no code action for idle-team yet");
		String before = Models.onDisk(teams);
		Workbench.onUi(() -> resolutions[0].run(idle));
		Workbench.waitUntil("the closed file to be fixed and saved", SERVER, () -> {
			try {
				return !Models.onDisk(teams).equals(before);
			} catch (Exception e) {
				return false;
			}
		});
	}
}
