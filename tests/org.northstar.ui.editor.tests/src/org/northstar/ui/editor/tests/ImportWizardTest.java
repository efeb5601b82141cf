package org.northstar.ui.editor.tests;

import java.io.IOException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * File > Import > North Star Metrics CSV in the real workbench, opened through the command the menu
 * runs, the fields typed: the model it makes is the one {@code northstar import} makes from the same
 * table beside the same files; a bad row is named with its line on the page and nothing is written.
 */
class ImportWizardTest {

	private Path scratch;

	@BeforeEach
	void scratch() throws Exception {
		scratch = Files.createTempDirectory("northstar-cli-import");
	}

	@AfterEach
	void closeEditors() {
		Workbench.onUi(() -> {
			for (Shell shell : Workbench.display().getShells()) {
				if (shell.getData() instanceof WizardDialog dialog) {
					dialog.close();
				}
			}
		});
		Models.closeEditors();
	}

	@Test
	void theModelTheWizardMakesIsTheCommandLines() throws Exception {
		IProject project = Models.teamsAndProduct("importtable");
		Path table = exportedTable(project);
		Shell wizard = openImportWizard();
		fill(wizard, table, "importtable/imported.northstar");
		UserInput.settle();
		Workbench.screenshot(wizard, "import-wizard");
		finish(wizard);
		IFile imported = project.getFile("imported.northstar");
		assertTrue(imported.exists(), "the wizard made the model");
		// the command line, beside copies of the same files
		Files.writeString(scratch.resolve("teams.northstar"), Models.TEAMS);
		Files.writeString(scratch.resolve("product.northstar"), Models.PRODUCT);
		Path expected = scratch.resolve("imported.northstar");
		assertEquals(0, northstar("import", table.toString(), "--into", expected.toString()));
		assertEquals(Files.readString(expected, StandardCharsets.UTF_8), Models.onDisk(imported));
	}

	@Test
	void aBadRowIsNamedOnThePageAndNothingIsWritten() throws Exception {
		IProject project = Models.teamsAndProduct("importbadrow");
		Path table = exportedTable(project);
		String[] lines = Files.readString(table).split("\n");
		Files.writeString(table, String.join("\n", lines) + "\nDemo,Broken,sideways,Demo,,,,,,,,,,,\n");
		int badLine = lines.length + 1;
		Shell wizard = openImportWizard();
		fill(wizard, table, "importbadrow/imported.northstar");
		UserInput.press(SWT.CR);
		Workbench.waitUntil("the page to name the bad row", Duration.ofSeconds(30), () -> Workbench.onUi(() -> message(wizard))
				.contains("metrics.csv:" + badLine + ":"));
		Workbench.screenshot(wizard, "import-wizard-bad-row");
		assertFalse(Workbench.onUi(wizard::isDisposed), "the wizard stays open");
		assertFalse(project.getFile("imported.northstar").exists(), "nothing was written");
	}

	/** The table northstar export --format csv writes of the project's product. */
	private Path exportedTable(IProject project) throws IOException, InterruptedException {
		Path table = scratch.resolve("metrics.csv");
		assertEquals(0, northstar("export", "--format", "csv", "--out", table.toString(), project.getFile("product.northstar").getLocation().toOSString()));
		return table;
	}

	private static Shell openImportWizard() {
		Workbench.display().asyncExec(() -> {
			try {
				var command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("org.eclipse.ui.file.import");
				ParameterizedCommand open = ParameterizedCommand.generateCommand(command, Map.of("importWizardId", "org.northstar.ui.wizards.importTable"));
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(open, null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		return UserInput.waitForPopup("the import wizard", Duration.ofSeconds(20),
				shell -> shell.getData() instanceof WizardDialog ? Optional.of(shell) : Optional.empty());
	}

	/** Types the table's path and the model's into the page's two fields. */
	private static void fill(Shell wizard, Path table, String model) {
		Text[] fields = Workbench.onUi(() -> UserInput.find(wizard, Text.class, t -> (t.getStyle() & SWT.BORDER) != 0 && (t.getStyle() & SWT.READ_ONLY) == 0).map(first -> {
			Text second = UserInput.find(wizard, Text.class, t -> t != first && (t.getStyle() & SWT.BORDER) != 0 && (t.getStyle() & SWT.READ_ONLY) == 0).orElseThrow();
			return new Text[] { first, second };
		}).orElseThrow());
		Workbench.onUi(() -> fields[0].setFocus());
		UserInput.type(table.toString());
		Workbench.onUi(() -> fields[1].setFocus());
		UserInput.type(model);
		assertEquals(model, Workbench.onUi(() -> fields[1].getText()));
	}

	private static void finish(Shell wizard) {
		UserInput.press(SWT.CR);
		Workbench.waitUntil("the wizard to close", Duration.ofSeconds(30), () -> Workbench.onUi(wizard::isDisposed));
	}

	private static String message(Shell wizard) {
		return wizard.getData() instanceof WizardDialog dialog && dialog.getCurrentPage() != null
				&& dialog.getCurrentPage().getErrorMessage() != null ? dialog.getCurrentPage().getErrorMessage() : "";
	}

	private static int northstar(String... args) throws IOException, InterruptedException {
		CommandLineProcess.Run run = CommandLineProcess.run(args);
		assertEquals(0, run.code(), run.err());
		return run.code();
	}
}
