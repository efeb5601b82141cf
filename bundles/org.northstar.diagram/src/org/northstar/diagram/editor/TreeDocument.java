package org.northstar.diagram.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.dsl.ide.edit.ElementProperty;
import org.northstar.dsl.ide.edit.ModelEdits.FileEdit;
import org.northstar.dsl.ide.edit.ModelEdits.TextEdit;
import org.northstar.dsl.ide.edit.ModelSnapshot;
import org.northstar.dsl.ide.edit.ModelSnapshots;
import org.northstar.model.Input;
import org.northstar.ui.NorthStarUiPlugin;
import org.northstar.workspace.builder.WorkspaceModelSource;
import org.northstar.ui.editor.AtomicSaves;

/**
 * The .northstar file a diagram shows, through the workspace's shared text buffer: the very
 * document an open source editor edits. The diagram reads it by parsing its text and writes it
 * by minimal text edits, each one step of the document's undo history (shared with the source
 * editor). Nothing here draws.
 */
public final class TreeDocument {

	private final IFile file;
	private final URI uri;
	private final ITextFileBuffer buffer;
	private final IDocumentUndoManager undo;
	private final BufferParser parser;
	private final ModelSnapshots snapshots;

	private TreeDocument(IFile file, ITextFileBuffer buffer) {
		this.file = file;
		this.uri = WorkspaceModelSource.of(file).uri();
		this.buffer = buffer;
		this.parser = new BufferParser(NorthStarUiPlugin.session(), file, uri);
		this.snapshots = parser.snapshots();
		DocumentUndoManagerRegistry.connect(buffer.getDocument());
		this.undo = DocumentUndoManagerRegistry.getDocumentUndoManager(buffer.getDocument());
		// a client of the manager makes it record: with no source editor open, the diagram is the only one
		undo.connect(this);
	}

	public static TreeDocument connect(IFile file) throws CoreException {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		buffers.connect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
		return new TreeDocument(file, buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE));
	}

	public void disconnect() {
		undo.disconnect(this);
		DocumentUndoManagerRegistry.disconnect(buffer.getDocument());
		try {
			FileBuffers.getTextFileBufferManager().disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
		} catch (CoreException e) {
			// the buffer is gone with its file; nothing of ours is left to release
		}
	}

	public IFile file() {
		return file;
	}

	public URI uri() {
		return uri;
	}

	public IDocument document() {
		return buffer.getDocument();
	}

	public ITextFileBuffer buffer() {
		return buffer;
	}

	public IDocumentUndoManager undoManager() {
		return undo;
	}

	/**
	 * The text, parsed alone and linked against the project's other files, checked by the rules.
	 *
	 * @throws java.util.concurrent.CancellationException when {@code cancel} says so
	 */
	public ModelSnapshot parse(String text, CancelIndicator cancel) {
		return parser.parse(text, true, cancel);
	}

	/** The text as it is now, parsed for an edit (not validated). */
	private ModelSnapshot fresh() {
		return parser.parse(document().get(), false, CancelIndicator.NullImpl);
	}

	/** The key an element of a changed model will have once the text is parsed again. */
	public String keyOf(EObject element) {
		return snapshots.keyOf(element);
	}

	/** Changes the model through the change serializer (see {@link #write}). */
	public void change(Consumer<ModelSnapshot> change) {
		write(fresh -> snapshots.edit(fresh, change));
	}

	/** Removes the element with this key and everything in it. */
	public void remove(String key) {
		write(fresh -> snapshots.remove(fresh, existing(fresh, key)));
	}

	/** Hangs the input with this key under the element with the key {@code target}. */
	public void move(String key, String target) {
		write(fresh -> snapshots.move(fresh, (Input) existing(fresh, key), existing(fresh, target)));
	}

	/** Sets a property of the element with this key to what the user typed. */
	public void set(String key, ElementProperty property, String value) {
		write(fresh -> snapshots.set(fresh, existing(fresh, key), property, value));
	}

	/**
	 * Why setting the property to what the user typed would be refused, or null when it would be
	 * written: the same computation as {@link #set} on a fresh parse, with nothing written.
	 */
	public String refusal(String key, ElementProperty property, String value) {
		try {
			ModelSnapshot fresh = fresh();
			snapshots.set(fresh, existing(fresh, key), property, value);
			return null;
		} catch (IllegalArgumentException | IllegalStateException e) {
			return e.getMessage();
		}
	}

	private static EObject existing(ModelSnapshot fresh, String key) {
		EObject element = fresh.element(key);
		if (element == null) {
			throw new IllegalStateException("'" + key + "' is no longer in the text.");
		}
		return element;
	}

	/**
	 * Computes edits on a fresh parse of the current text and writes them: this file's as one
	 * undoable step of its document, another file's (a renamed team used there) into its buffer,
	 * saved when it had no unsaved changes.
	 *
	 * @throws IllegalArgumentException or IllegalStateException with a message for the user; nothing is written then
	 */
	private void write(Function<ModelSnapshot, List<FileEdit>> edit) {
		ModelSnapshot fresh = fresh();
		for (FileEdit fileEdit : edit.apply(fresh)) {
			if (uri.equals(fileEdit.resource().getURI())) {
				applyAsOneStep(document(), fileEdit.edits());
			} else {
				applyToOtherFile(fileEdit);
			}
		}
	}

	private void applyAsOneStep(IDocument document, List<TextEdit> edits) {
		List<TextEdit> backToFront = new ArrayList<>(changing(document, edits));
		if (backToFront.isEmpty()) {
			return; // a value set to what it was: no empty step in the undo history (Undo would seem to do nothing)
		}
		backToFront.sort(Comparator.comparingInt(TextEdit::offset).reversed());
		IDocumentUndoManager manager = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (manager != null) {
			manager.commit(); // what was typed before is a step of its own
			manager.beginCompoundChange();
		}
		try {
			for (TextEdit edit : backToFront) {
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		} catch (BadLocationException e) {
			throw new IllegalStateException("The text changed while the diagram wrote it; try again.", e);
		} finally {
			if (manager != null) {
				manager.endCompoundChange();
				manager.commit(); // into the history now, so Undo is offered at once
			}
		}
	}

	/** The edits that change the text: a clause rewritten in place with the value it had changes nothing. */
	private static List<TextEdit> changing(IDocument document, List<TextEdit> edits) {
		List<TextEdit> changing = new ArrayList<>();
		for (TextEdit edit : edits) {
			try {
				if (!edit.text().equals(document.get(edit.offset(), edit.length()))) {
					changing.add(edit);
				}
			} catch (BadLocationException e) {
				changing.add(edit); // replace() below says what went wrong
			}
		}
		return changing;
	}

	private void applyToOtherFile(FileEdit edit) {
		IFile other = fileOf(edit.resource().getURI());
		if (other == null) {
			return;
		}
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		IPath path = other.getFullPath();
		try {
			buffers.connect(path, LocationKind.IFILE, new NullProgressMonitor());
			try {
				ITextFileBuffer otherBuffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
				boolean wasSaved = !otherBuffer.isDirty();
				applyAsOneStep(otherBuffer.getDocument(), edit.edits());
				if (wasSaved) {
					AtomicSaves.commit(otherBuffer, false, new NullProgressMonitor());
				}
			} finally {
				buffers.disconnect(path, LocationKind.IFILE, new NullProgressMonitor());
			}
		} catch (CoreException e) {
			throw new IllegalStateException(other.getFullPath() + " could not be updated: " + e.getStatus().getMessage(), e);
		}
	}

	private IFile fileOf(URI resourceUri) {
		if (!resourceUri.isFile()) {
			return null;
		}
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(java.net.URI.create(resourceUri.toString()));
		return files.length == 0 ? null : files[0];
	}
}
