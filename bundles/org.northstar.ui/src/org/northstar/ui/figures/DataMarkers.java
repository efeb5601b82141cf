package org.northstar.ui.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/**
 * The data load's errors as problem markers on the model's {@code data} line, so the Problems view
 * and the editor's ruler show why the figures are old. A type of their own: the builder replaces
 * only the rules' markers, and these live exactly as long as the error (not persistent: the next
 * start loads again).
 */
public final class DataMarkers {

	public static final String TYPE = "org.northstar.ui.dataProblem";
	/** The rule-like id that leads each marker's message, as the rules' ids lead theirs. */
	public static final String ID = "data-load";

	private DataMarkers() {
	}

	static void show(IFile file, List<LoadError> errors) {
		if (!file.exists()) {
			return;
		}
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (LoadError error : errors) {
			if (error.product() != null) {
				wanted.add(Map.of(IMarker.SEVERITY, IMarker.SEVERITY_ERROR, IMarker.LINE_NUMBER, Math.max(1, error.line()),
						IMarker.MESSAGE, "[" + ID + "] " + (error.metric() != null ? error.metric() + ": " : "") + error.message(),
						IMarker.LOCATION, "line " + Math.max(1, error.line())));
			}
		}
		try {
			if (same(file.findMarkers(TYPE, false, IResource.DEPTH_ZERO), wanted)) {
				return;
			}
			file.getWorkspace().run(monitor -> {
				file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				for (Map<String, Object> attributes : wanted) {
					file.createMarker(TYPE, attributes);
				}
			}, file, IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			ILog.of(DataMarkers.class).error("The data problems of " + file.getFullPath() + " could not be marked.", e);
		}
	}

	private static boolean same(IMarker[] existing, List<Map<String, Object>> wanted) throws CoreException {
		if (existing.length != wanted.size()) {
			return false;
		}
		for (int i = 0; i < existing.length; i++) {
			if (!wanted.get(i).get(IMarker.MESSAGE).equals(existing[i].getAttribute(IMarker.MESSAGE))) {
				return false;
			}
		}
		return true;
	}
}
