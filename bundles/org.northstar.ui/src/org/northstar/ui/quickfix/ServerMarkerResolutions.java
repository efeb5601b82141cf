package org.northstar.ui.quickfix;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.northstar.workspace.builder.ProblemMarkers;
import org.northstar.ui.lsp.CodeActions;
import org.northstar.ui.lsp.DocumentUris;
import org.northstar.ui.lsp.LanguageServerConnection;
import org.northstar.ui.lsp.Positions;

/**
 * Quick fixes of North Star problem markers: the marker becomes the diagnostic it came from (rule id as
 * code, its range), and the server's code actions for it become resolutions.
 */
public class ServerMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(ProblemMarkers.RULE_ID, null) != null && marker.getResource() instanceof IFile;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file) || file.getLocationURI() == null) {
			return new IMarkerResolution[0];
		}
		LanguageServerConnection connection = LanguageServerConnection.get();
		Diagnostic diagnostic = diagnostic(marker, file);
		if (diagnostic == null) {
			return new IMarkerResolution[0];
		}
		List<CodeAction> actions = CodeActions.fixes(connection, DocumentUris.of(file), diagnostic.getRange(),
				List.of(diagnostic));
		IMarkerResolution[] resolutions = new IMarkerResolution[actions.size()];
		for (int i = 0; i < resolutions.length; i++) {
			resolutions[i] = new CodeActionResolution(connection, actions.get(i), resolutions.length - i);
		}
		return resolutions;
	}

	private static Diagnostic diagnostic(IMarker marker, IFile file) {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		try {
			buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				IDocument document = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
				int start = marker.getAttribute(IMarker.CHAR_START, 0);
				int end = marker.getAttribute(IMarker.CHAR_END, start);
				Range range = Positions.range(document, start, Math.max(0, end - start));
				return new Diagnostic(range, marker.getAttribute(IMarker.MESSAGE, ""), severity(marker), "northstar",
						marker.getAttribute(ProblemMarkers.RULE_ID, ""));
			} finally {
				buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException e) {
			ILog.of(ServerMarkerResolutions.class).warn("Cannot read " + file.getFullPath() + " for its quick fixes.", e);
			return null;
		}
	}

	private static DiagnosticSeverity severity(IMarker marker) {
		return switch (marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING)) {
			case IMarker.SEVERITY_ERROR -> DiagnosticSeverity.Error;
			case IMarker.SEVERITY_INFO -> DiagnosticSeverity.Information;
			default -> DiagnosticSeverity.Warning;
		};
	}
}
