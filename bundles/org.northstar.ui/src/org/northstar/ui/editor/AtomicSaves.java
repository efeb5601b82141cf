package org.northstar.ui.editor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileInfo;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.internal.localstore.FileSystemResourceManager;
import org.eclipse.core.internal.resources.Workspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.northstar.core.io.AtomicFiles;

/**
 * How the studio writes a person's file: through {@link AtomicFiles} (a temporary file in the same
 * folder, moved over the file; mode, owner and links kept), so a crash or a full disk in the middle
 * leaves the whole old text. Eclipse's own save ({@code IFile.setContents}) truncates the file and
 * writes it in place.
 * <p>
 * The workspace is then refreshed. A text buffer is told first that its text is saved: on the
 * refresh it finds the file equal to its document and only takes the file's new time stamp, so the
 * document is not reloaded (undo stays) and no "file changed on disk" question comes. The replaced
 * text goes to Local History first, as {@code setContents(KEEP_HISTORY)} keeps it; the workspace
 * has no public way to add a state, hence its history store.
 */
public final class AtomicSaves {

	private static final String PLUGIN = "org.northstar.ui";

	private AtomicSaves() {
	}

	/**
	 * Saves the buffer of a workspace file when it has unsaved changes. Unless {@code overwrite}, a file
	 * changed on disk since it was read is refused (status {@link IResourceStatus#OUT_OF_SYNC_LOCAL}, which
	 * the editors answer by asking).
	 *
	 * @throws CoreException with a message naming the file and why, the file on disk unchanged and the buffer still unsaved
	 */
	public static void commit(ITextFileBuffer buffer, boolean overwrite, IProgressMonitor monitor) throws CoreException {
		if (!buffer.isDirty()) {
			return;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		if (!overwrite && !buffer.isSynchronized()) {
			throw new CoreException(new Status(IStatus.ERROR, PLUGIN, IResourceStatus.OUT_OF_SYNC_LOCAL,
					file.getFullPath() + " was changed on disk since it was opened.", null));
		}
		byte[] bytes = encoded(buffer.getDocument().get(), buffer.getEncoding() != null ? buffer.getEncoding() : file.getCharset(), file);
		ResourcesPlugin.getWorkspace().run(inside -> {
			write(file, bytes);
			buffer.setDirty(false); // the refresh then finds the document saved: see the class comment
			file.refreshLocal(IResource.DEPTH_ZERO, inside);
		}, rule(file), IWorkspace.AVOID_UPDATE, monitor);
	}

	/** Writes a file that no editor holds (a new model, project settings), creating it when missing, then refreshes it. */
	public static void write(IFile file, byte[] bytes, IProgressMonitor monitor) throws CoreException {
		ResourcesPlugin.getWorkspace().run(inside -> {
			write(file, bytes);
			file.refreshLocal(IResource.DEPTH_ZERO, inside);
		}, rule(file), IWorkspace.AVOID_UPDATE, monitor);
	}

	/** What a save of the file needs: the file itself, and its folder for the refresh. */
	public static ISchedulingRule rule(IFile file) {
		IResourceRuleFactory rules = file.getWorkspace().getRuleFactory();
		return MultiRule.combine(file.exists() ? rules.modifyRule(file) : rules.createRule(file), rules.refreshRule(file));
	}

	private static void write(IFile file, byte[] bytes) throws CoreException {
		if (file.getLocationURI() == null) {
			throw new CoreException(Status.error(file.getFullPath() + " is not on this computer's disk; it was not saved."));
		}
		keepInLocalHistory(file);
		try {
			AtomicFiles.write(Path.of(file.getLocationURI()), bytes);
		} catch (IOException | RuntimeException e) {
			throw new CoreException(Status.error(file.getFullPath() + " was not saved: " + reason(e)
					+ ". The file on disk is as it was; make its folder writable or save elsewhere with Save As.", e));
		}
	}

	private static void keepInLocalHistory(IFile file) throws CoreException {
		if (!file.exists() || !(file.getWorkspace() instanceof Workspace workspace)) {
			return;
		}
		FileSystemResourceManager files = workspace.getFileSystemManager();
		IFileStore store = EFS.getStore(file.getLocationURI());
		IFileInfo info = store.fetchInfo();
		if (info.exists() && files.storeHistory(file)) {
			files.getHistoryStore().addState(file.getFullPath(), store, info, false);
		}
	}

	/** The text as the file's bytes: its encoding, and the byte order mark it had. */
	private static byte[] encoded(String text, String encoding, IFile file) throws CoreException {
		Charset charset = Charset.forName(encoding);
		try {
			ByteBuffer body = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
			byte[] bom = charset.equals(StandardCharsets.UTF_8) ? byteOrderMark(file) : new byte[0];
			byte[] bytes = new byte[bom.length + body.remaining()];
			System.arraycopy(bom, 0, bytes, 0, bom.length);
			body.get(bytes, bom.length, body.remaining());
			return bytes;
		} catch (CharacterCodingException e) {
			throw new CoreException(Status.error(file.getFullPath() + " was not saved: the text has characters that "
					+ encoding + " cannot hold. The file on disk is as it was.", e));
		}
	}

	private static byte[] byteOrderMark(IFile file) throws CoreException {
		IContentDescription description = file.exists() ? file.getContentDescription() : null;
		Object mark = description == null ? null : description.getProperty(IContentDescription.BYTE_ORDER_MARK);
		return mark instanceof byte[] bytes ? bytes : new byte[0];
	}

	private static String reason(Exception e) {
		if (e instanceof AccessDeniedException) {
			return "no permission to write in its folder";
		}
		if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
			return fileSystem.getReason().toLowerCase(java.util.Locale.ROOT);
		}
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}
}
