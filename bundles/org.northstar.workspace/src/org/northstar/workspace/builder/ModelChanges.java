package org.northstar.workspace.builder;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;

/**
 * Whether a change since the last build can change any problem: a model or a
 * rule profile added, removed, moved or with new content, or the project
 * opened again. Changes of markers alone (our own, among others) are no
 * reason to build again.
 */
final class ModelChanges {

	private ModelChanges() {
	}

	static boolean matter(IResourceDelta delta) throws CoreException {
		if ((delta.getFlags() & IResourceDelta.OPEN) != 0) {
			// A project opened again: its files may have changed on disk while it was closed.
			return true;
		}
		boolean[] found = { false };
		delta.accept(child -> {
			if (found[0]) {
				return false;
			}
			IResource resource = child.getResource();
			if ((NorthStarFiles.isModel(resource) || NorthStarFiles.isRuleProfile(resource)) && isReal(child)) {
				found[0] = true;
			}
			return !found[0];
		});
		return found[0];
	}

	private static boolean isReal(IResourceDelta delta) {
		return delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & ~IResourceDelta.MARKERS) != 0;
	}
}
