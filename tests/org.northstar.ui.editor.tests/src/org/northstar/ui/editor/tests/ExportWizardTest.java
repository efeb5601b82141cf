package org.northstar.ui.editor.tests;

import java.io.IOException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.northstar.ui.editor.NorthStarEditor;

/**
 * File > Export > North Star in the real workbench, opened through the command the menu runs: the
 * format chosen with the keyboard, the preview shown, Finish writes beside the model exactly what
 * {@code northstar export} writes for it; unsaved changes to the models are offered for saving first.
 */
class ExportWizardTest {

	private static final Duration PREVIEW = Duration.ofSeconds(60);

	private Path commandLine;

	@org.junit.jupiter.api.BeforeEach
	void scratch() throws Exception {
		commandLine = Files.createTempDirectory("northstar-cli-export");
	}

	@AfterEach
	void closeEditors() {
		Models.closeEditors();
	}

	@Test
	void theSlideTheWizardWritesIsTheCommandLines() throws Exception {
		IFile model = openedModel("exportslide");
		Shell wizard = openExportWizard();
		choose(wizard, "slide");
		waitForPreview(wizard, true);
		UserInput.settle();
		Workbench.screenshot(wizard, "export-wizard");
		finish(wizard);
		Path written = Path.of(model.getLocation().toOSString()).resolveSibling("product-slide.png");
		assertTrue(Files.exists(written), "the wizard wrote " + written);
		Path expected = commandLine.resolve("product-slide.png");
		assertEquals(0, northstar("export", "--format", "slide", "--out", expected.toString(), model.getLocation().toOSString()));
		assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(written), "the slide differs from the command line's");
		Workbench.waitUntil("the slide in the workspace", Duration.ofSeconds(10), () -> model.getProject().getFile("product-slide.png").exists());
	}

	@Test
	void theHtmlTheWizardWritesIsTheCommandLines() throws Exception {
		IFile model = openedModel("exporthtml");
		Shell wizard = openExportWizard();
		choose(wizard, "html");
		Text preview = waitForPreview(wizard, false).orElseThrow();
		assertTrue(Workbench.onUi(() -> preview.getText()).startsWith("<!DOCTYPE html>"), "the preview shows the HTML's beginning");
		finish(wizard);
		Path written = Path.of(model.getLocation().toOSString()).resolveSibling("product.html");
		Path expected = commandLine.resolve("product.html");
		String location = model.getLocation().toOSString();
		assertEquals(0, northstar("export", "--format", "html", "--out", expected.toString(), location));
		// the studio names the model relative to its project, as the command line run in the project's folder does
		String fromCommandLine = Files.readString(expected, StandardCharsets.UTF_8).replace(location, "product.northstar");
		assertEquals(fromCommandLine, Files.readString(written, StandardCharsets.UTF_8));
	}

	@Test
	void finishOffersToSaveUnsavedChangesFirstAndExportsThem() throws Exception {
		IProject project = Models.teamsAndProduct("exportunsaved");
		IFile model = project.getFile("product.northstar");
		NorthStarEditor editor = Models.open(model);
		UserInput.focus(editor);
		UserInput.press(SWT.HOME, SWT.CTRL);
		for (int line = 1; line < 5; line++) {
			UserInput.press(SWT.ARROW_DOWN);
		}
		UserInput.press(SWT.END); // after "game productivity"
		UserInput.type("\ninput notyetsaved");
		Workbench.waitUntil("the typed input", Duration.ofSeconds(10), () -> Models.text(editor).contains("game productivity\n    input notyetsaved\n"));
		assertTrue(Workbench.onUi(editor::isDirty));

		Shell wizard = openExportWizard();
		choose(wizard, "html");
		waitForPreview(wizard, false);
		UserInput.press(SWT.CR); // Finish
		Shell save = UserInput.waitForPopup("the Save Resources dialog", Duration.ofSeconds(20),
				shell -> shell != wizard && shell.getText().startsWith("Save Resource") ? Optional.of(shell) : Optional.empty());
		UserInput.settle();
		Workbench.screenshot(save, "export-save-first");
		UserInput.press(SWT.CR); // Save, the default button
		Workbench.waitUntil("the wizard to close", Duration.ofSeconds(30), () -> Workbench.onUi(wizard::isDisposed));

		assertTrue(!Workbench.onUi(editor::isDirty), "the editor was saved");
		assertTrue(Files.readString(Path.of(model.getLocation().toOSString())).contains("input notyetsaved"), "the file holds the typed text");
		Path written = Path.of(model.getLocation().toOSString()).resolveSibling("product.html");
		assertTrue(Files.readString(written, StandardCharsets.UTF_8).contains("notyetsaved"), "the export has what was on screen");
	}

	private static IFile openedModel(String projectName) throws Exception {
		IProject project = Models.teamsAndProduct(projectName);
		IFile model = project.getFile("product.northstar");
		Models.open(model);
		return model;
	}

	/** Runs File > Export's command with our wizard's id, as the menu's Export wizard list does; returns its dialog. */
	private static Shell openExportWizard() {
		Workbench.display().asyncExec(() -> {
			try {
				var command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("org.eclipse.ui.file.export");
				ParameterizedCommand export = ParameterizedCommand.generateCommand(command,
						Map.of("exportWizardId", "org.northstar.ui.wizards.export"));
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(export, null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		return UserInput.waitForPopup("the export wizard", Duration.ofSeconds(20),
				shell -> shell.getData() instanceof WizardDialog ? Optional.of(shell) : Optional.empty());
	}

	/** Focuses the format's radio button and presses Space, as a keyboard user does. */
	private static void choose(Shell wizard, String format) {
		Button radio = Workbench.onUi(() -> UserInput.find(wizard, Button.class,
				b -> (b.getStyle() & SWT.RADIO) != 0 && b.getText().equals(format)).orElseThrow());
		Workbench.onUi(() -> radio.setFocus());
		UserInput.press(' ');
		assertTrue(Workbench.onUi(() -> radio.getSelection()), format + " is chosen");
	}

	/** Waits until Finish is enabled with a preview; the text preview, if the format is text. */
	private static Optional<Text> waitForPreview(Shell wizard, boolean picture) {
		Workbench.waitUntil("the preview", PREVIEW, () -> Workbench.onUi(() -> finishButton(wizard).isEnabled()
				&& (picture ? UserInput.find(wizard, Label.class, l -> l.getImage() != null).isPresent()
						: UserInput.find(wizard, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) != 0 && !t.getText().isEmpty()).isPresent())));
		return picture ? Optional.empty()
				: Workbench.onUi(() -> UserInput.find(wizard, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) != 0 && !t.getText().isEmpty()));
	}

	/** Enter: Finish is the wizard's default button. */
	private static void finish(Shell wizard) {
		UserInput.press(SWT.CR);
		Workbench.waitUntil("the wizard to close", Duration.ofSeconds(30), () -> Workbench.onUi(wizard::isDisposed));
	}

	private static Button finishButton(Shell wizard) {
		return UserInput.find(wizard, Button.class, b -> b.getText().replace("&", "").equals("Finish")).orElseThrow();
	}

	private static int northstar(String... args) throws IOException, InterruptedException {
		CommandLineProcess.Run run = CommandLineProcess.run(args);
		assertTrue(run.err().isEmpty() || run.code() == 0, run.err());
		return run.code();
	}
}
