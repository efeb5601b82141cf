package org.northstar.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.StorageDocumentProvider;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;

/**
 * The North Star editors' documents: the platform's shared text file buffers, saved through
 * {@link AtomicSaves} instead of in place. A file outside the workspace, or a new file of Save As,
 * is saved the platform's way.
 */
public final class NorthStarDocumentProvider extends TextFileDocumentProvider {

	private static final NorthStarDocumentProvider SHARED = new NorthStarDocumentProvider();

	private NorthStarDocumentProvider() {
		super(new StorageDocumentProvider());
	}

	/** One provider for every North Star editor, as the platform shares its own. */
	public static NorthStarDocumentProvider shared() {
		return SHARED;
	}

	@Override
	protected DocumentProviderOperation createSaveOperation(Object element, IDocument document, boolean overwrite) throws CoreException {
		FileInfo info = getFileInfo(element);
		if (info == null || info.fTextFileBuffer.getDocument() != document || !(element instanceof IFileEditorInput input)
				|| !input.getFile().exists()) {
			return super.createSaveOperation(element, document, overwrite);
		}
		IFile file = input.getFile();
		return new DocumentProviderOperation() {

			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				AtomicSaves.commit(info.fTextFileBuffer, overwrite, monitor);
				if (info.fModel instanceof AbstractMarkerAnnotationModel markers) {
					markers.updateMarkers(document);
				}
			}

			@Override
			public ISchedulingRule getSchedulingRule() {
				return AtomicSaves.rule(file);
			}
		};
	}
}
