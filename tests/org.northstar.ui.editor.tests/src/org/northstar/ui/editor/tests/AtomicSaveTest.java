package org.northstar.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.IDocumentProviderExtension3;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.northstar.core.io.AtomicFiles;
import org.northstar.diagram.editor.DiagramEditor;
import org.northstar.dsl.ide.edit.ElementKind;
import org.northstar.ui.editor.NorthStarEditor;

/**
 * Ctrl+S in the source editor and the diagram writes through a temporary file moved into place
 * (AtomicFiles): the file keeps its mode, a hard link and a symbolic link stay links to the saved
 * text, no temporary file is left, the document is not reloaded (undo stays) and no "changed on
 * disk" question comes. A save that cannot write leaves the old file whole, says why, and the editor
 * keeps its unsaved text.
 */
class AtomicSaveTest extends EditorTest {

	private static final Set<PosixFilePermission> MODE = PosixFilePermissions.fromString("rw-r-----");

	@Test
	void ctrlSInTheSourceEditorKeepsModeAndHardLinkAndWritesTheNewText() throws Exception {
		IProject project = Models.teamsAndProduct("atomic-source");
		IFile product = project.getFile("product.northstar");
		Path file = Path.of(product.getLocationURI());
		Files.setPosixFilePermissions(file, MODE);
		Path hardLink = file.getParent().getParent().resolve("atomic-source-hard-link.northstar");
		Files.deleteIfExists(hardLink);
		Files.createLink(hardLink, file);

		NorthStarEditor editor = Models.open(product);
		Models.typeAfter(editor, "game productivity", "\n    review weekly");
		pressCtrlS(editor);

		Workbench.waitUntil("the editor to be saved", Duration.ofSeconds(30), () -> !Workbench.onUi(editor::isDirty));
		String text = Models.text(editor);
		assertTrue(text.contains("review weekly"), text);
		assertEquals(text, Files.readString(file));
		assertEquals(MODE, Files.getPosixFilePermissions(file));
		assertTrue(Files.isSameFile(file, hardLink), "the hard link still names the saved file");
		assertEquals(text, Files.readString(hardLink));
		assertSavedWithoutReloadOrQuestion(editor, product);
		assertNoTemporaryFile(file.getParent());
	}

	@Test
	void ctrlSInTheSourceEditorWritesThroughASymbolicLink() throws Exception {
		IProject project = Models.teamsAndProduct("atomic-symlink");
		Path folder = Path.of(project.getLocationURI());
		Path target = Files.createTempDirectory("northstar-link-target").resolve("linked-target.northstar");
		Files.writeString(target, Models.PRODUCT.replace("Demo", "Linked"));
		Files.setPosixFilePermissions(target, MODE);
		Path link = Files.createSymbolicLink(folder.resolve("linked.northstar"), target);
		project.refreshLocal(IResource.DEPTH_ONE, null);
		IFile linked = project.getFile("linked.northstar");

		NorthStarEditor editor = Models.open(linked);
		Models.typeAfter(editor, "game productivity", "\n    review monthly");
		pressCtrlS(editor);

		Workbench.waitUntil("the editor to be saved", Duration.ofSeconds(30), () -> !Workbench.onUi(editor::isDirty));
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertEquals(target, Files.readSymbolicLink(link));
		assertEquals(Models.text(editor), Files.readString(target));
		assertTrue(Files.readString(target).contains("review monthly"));
		assertEquals(MODE, Files.getPosixFilePermissions(target));
		assertSavedWithoutReloadOrQuestion(editor, linked);
		assertNoTemporaryFile(folder);
		assertNoTemporaryFile(target.getParent());
	}

	@Test
	void ctrlSInTheDiagramKeepsTheModeAndLeavesNoTemporaryFile() throws Exception {
		IProject project = Models.teamsAndProduct("atomic-diagram");
		IFile product = project.getFile("product.northstar");
		Path file = Path.of(product.getLocationURI());
		Files.setPosixFilePermissions(file, MODE);
		DiagramEditor diagram = Diagrams.open(product);
		Workbench.onUi(() -> diagram.select("acme.edit.Demo"));
		assertTrue(Workbench.onUi(() -> diagram.actions().add(ElementKind.GUARDRAIL)));
		Workbench.onUi(() -> {
			diagram.getSite().getShell().forceActive();
			diagram.getSite().getPage().activate(diagram);
			diagram.setFocus();
		});
		UserInput.moveTo(Workbench.onUi(() -> diagram.getSite().getShell()), 4, 4); // keys go to the window under the mouse
		UserInput.press('s', SWT.CTRL);

		Workbench.waitUntil("the diagram to be saved", Duration.ofSeconds(30), () -> !Workbench.onUi(diagram::isDirty));
		assertEquals(Diagrams.text(diagram), Files.readString(file));
		assertTrue(Files.readString(file).contains("guardrail"));
		assertEquals(MODE, Files.getPosixFilePermissions(file));
		assertNoTemporaryFile(file.getParent());
	}

	@Test
	void aSaveThatCannotWriteLeavesTheOldFileSaysWhyAndKeepsTheEditorDirty() throws Exception {
		IProject project = Models.teamsAndProduct("atomic-refused");
		IFile product = project.getFile("product.northstar");
		Path file = Path.of(product.getLocationURI());
		String before = Files.readString(file);
		NorthStarEditor editor = Models.open(product);
		Models.typeAfter(editor, "game productivity", "\n    review quarterly");
		String typed = Models.text(editor);
		Path folder = file.getParent();
		FolderLock lock = FolderLock.on(folder);
		// the test harness runs JFace in automated mode, which logs error dialogs instead of opening them
		boolean automated = Workbench.onUi(() -> ErrorDialog.AUTOMATED_MODE);
		Workbench.onUi(() -> ErrorDialog.AUTOMATED_MODE = false);
		try {
			pressCtrlS(editor);
			String message = UserInput.waitForPopup("the save's error", Duration.ofSeconds(30),
					shell -> textOf(shell).filter(text -> text.contains("was not saved")));
			assertTrue(message.contains("product.northstar"), message);
			Workbench.screenshot(Workbench.onUi(() -> editor.getSite().getShell()), "save-refused");
			closeDialog();
		} finally {
			Workbench.onUi(() -> ErrorDialog.AUTOMATED_MODE = automated);
			lock.release();
		}
		assertEquals(before, Files.readString(file), "the old file is whole");
		assertTrue(Workbench.onUi(editor::isDirty), "the editor still has unsaved changes");
		assertEquals(typed, Models.text(editor));
		assertNoTemporaryFile(folder);

		pressCtrlS(editor); // the folder writable again: the same text is saved
		Workbench.waitUntil("the editor to be saved", Duration.ofSeconds(30), () -> !Workbench.onUi(editor::isDirty));
		assertEquals(typed, Files.readString(file));
	}

	private static void pressCtrlS(NorthStarEditor editor) {
		UserInput.focus(editor);
		UserInput.press('s', SWT.CTRL);
	}

	/**
	 * The buffer took the saved file as its own (in step with the workspace), kept its undo history
	 * (the document was not reloaded), and activating the editor again asks nothing.
	 */
	private static void assertSavedWithoutReloadOrQuestion(NorthStarEditor editor, IFile file) {
		Workbench.onUi(() -> {
			assertTrue(file.isSynchronized(IResource.DEPTH_ZERO), "the workspace is in step with the disk");
			assertTrue(((IDocumentProviderExtension3) editor.getDocumentProvider()).isSynchronized(editor.getEditorInput()),
					"the editor is in step with the file");
			assertTrue(DocumentUndoManagerRegistry.getDocumentUndoManager(Models.document(editor)).undoable(), "undo is still offered");
		});
		UserInput.focus(editor);
		UserInput.settle();
		assertEquals(List.of(), Workbench.onUi(AtomicSaveTest::dialogTitles), "no question after the save");
	}

	private static List<String> dialogTitles() {
		List<Shell> windows = Arrays.stream(PlatformUI.getWorkbench().getWorkbenchWindows()).map(window -> window.getShell()).toList();
		return Arrays.stream(Workbench.display().getShells())
				.filter(shell -> !windows.contains(shell) && shell.isVisible() && !shell.getText().isEmpty())
				.map(Shell::getText).toList();
	}

	private static void assertNoTemporaryFile(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(), files.map(path -> path.getFileName().toString())
					.filter(name -> name.endsWith(AtomicFiles.TEMPORARY_SUFFIX)).toList());
		}
	}

	/** The texts of the shell's labels and text fields, joined, when it has any. */
	private static Optional<String> textOf(Shell shell) {
		StringBuilder text = new StringBuilder(shell.getText());
		collect(shell, text);
		return Optional.of(text.toString());
	}

	private static void collect(org.eclipse.swt.widgets.Composite parent, StringBuilder text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				text.append('\n').append(label.getText());
			} else if (child instanceof Text field) {
				text.append('\n').append(field.getText());
			} else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				collect(composite, text);
			}
		}
	}

	/** Presses Enter over the dialog, whose OK button has the focus. */
	private static void closeDialog() {
		Button ok = UserInput.waitForPopup("the dialog's OK button", Duration.ofSeconds(10),
				shell -> UserInput.find(shell, Button.class, button -> "OK".equals(button.getText())));
		org.eclipse.swt.graphics.Point size = Workbench.onUi(ok::getSize);
		UserInput.moveTo(ok, size.x / 2, size.y / 2);
		UserInput.press(SWT.CR);
		Workbench.waitUntil("the dialog to close", Duration.ofSeconds(10), () -> Workbench.onUi(AtomicSaveTest::dialogTitles).isEmpty());
	}

	/**
	 * A folder in which no file can be created or renamed: read-only for an ordinary user; for root,
	 * whom permissions do not stop, immutable ({@code chattr +i}). The test is skipped when neither holds.
	 */
	private record FolderLock(Path folder, Set<PosixFilePermission> mode, boolean immutable) {

		static FolderLock on(Path folder) throws IOException, InterruptedException {
			Set<PosixFilePermission> mode = Files.getPosixFilePermissions(folder);
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
			boolean immutable = false;
			if (canCreateIn(folder)) {
				immutable = new ProcessBuilder("chattr", "+i", folder.toString()).inheritIO().start().waitFor() == 0;
			}
			FolderLock lock = new FolderLock(folder, mode, immutable);
			if (canCreateIn(folder)) {
				lock.release();
				Assumptions.abort("no way to make " + folder + " unwritable here");
			}
			return lock;
		}

		private static boolean canCreateIn(Path folder) {
			try {
				Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
				return true;
			} catch (IOException e) {
				return false;
			}
		}

		void release() throws IOException, InterruptedException {
			if (immutable) {
				new ProcessBuilder("chattr", "-i", folder.toString()).inheritIO().start().waitFor();
			}
			Files.setPosixFilePermissions(folder, mode);
		}
	}
}
