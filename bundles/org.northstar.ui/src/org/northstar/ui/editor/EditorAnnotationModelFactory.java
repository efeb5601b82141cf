package org.northstar.ui.editor;

import org.eclipse.core.filebuffers.IAnnotationModelFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.ResourceMarkerAnnotationModel;
import org.northstar.workspace.builder.ProblemMarkers;

/**
 * Annotation models of .northstar buffers: markers as usual, except the builder's problem markers, which
 * describe the saved file; the editor shows the server's diagnostics of the text being edited instead,
 * so one problem is never drawn twice or at a stale place.
 */
public class EditorAnnotationModelFactory implements IAnnotationModelFactory {

	@Override
	public IAnnotationModel createAnnotationModel(IPath location) {
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
		return new ResourceMarkerAnnotationModel(file) {
			@Override
			protected boolean isAcceptable(IMarker marker) {
				return super.isAcceptable(marker) && !isBuilderProblem(marker);
			}
		};
	}

	private static boolean isBuilderProblem(IMarker marker) {
		try {
			return marker.exists() && marker.isSubtypeOf(ProblemMarkers.TYPE);
		} catch (org.eclipse.core.runtime.CoreException e) {
			return false;
		}
	}
}
