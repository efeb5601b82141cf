package org.northstar.diagram.editor;

import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.runtime.IPath;

/**
 * What the diagram needs to hear about its file's buffer: the dirty flag (saved or changed by either
 * editor) and the file's deletion. The buffer manager reports on any thread and for every buffer.
 */
final class BufferWatch implements IFileBufferListener {

	private final IFileBuffer watched;
	private final Runnable dirtyChanged;
	private final Runnable deleted;

	BufferWatch(IFileBuffer watched, Runnable dirtyChanged, Runnable deleted) {
		this.watched = watched;
		this.dirtyChanged = dirtyChanged;
		this.deleted = deleted;
	}

	@Override
	public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
		if (buffer == watched) {
			dirtyChanged.run();
		}
	}

	@Override
	public void underlyingFileDeleted(IFileBuffer buffer) {
		if (buffer == watched) {
			deleted.run();
		}
	}

	@Override
	public void bufferCreated(IFileBuffer buffer) {
		// not about the diagram's file
	}

	@Override
	public void bufferDisposed(IFileBuffer buffer) {
		// the diagram holds its own connection: its buffer outlives it
	}

	@Override
	public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
		// the document's own events follow
	}

	@Override
	public void bufferContentReplaced(IFileBuffer buffer) {
		// the document's own events follow
	}

	@Override
	public void stateChanging(IFileBuffer buffer) {
		// nothing to prepare
	}

	@Override
	public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
		// read-only state is checked when writing
	}

	@Override
	public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
		// the editor input follows the workspace's move
	}

	@Override
	public void stateChangeFailed(IFileBuffer buffer) {
		// nothing changed
	}
}
