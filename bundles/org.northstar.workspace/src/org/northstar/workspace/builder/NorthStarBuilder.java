package org.northstar.workspace.builder;

import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * The workspace build of North Star models: on a full build, and on every
 * incremental or automatic build after a model or a rule profile changed, all
 * models of the project are checked together (a change in one file can change
 * the problems of another, e.g. an idle team declared elsewhere) and the
 * markers follow. Checking everything keeps the builder exactly as right as
 * {@code northstar validate} on the project folder; it costs about as much as
 * that command, which is fine for projects of hundreds of models.
 */
public final class NorthStarBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.northstar.ui.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		// No delta means the workspace cannot say what changed (first build, lost state): check everything.
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta == null || ModelChanges.matter(delta)) {
			try {
				new ProjectValidation(getProject()).run(monitor);
			} catch (OperationCanceledException e) {
				// The changes of this build were not checked, and the platform does not promise to hand them
				// to the next build again: make it a full one.
				forgetLastBuiltState();
				throw e;
			}
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		ProblemMarkers.deleteAll(getProject());
		// Whatever build comes next must check everything again, even if no model changed meanwhile.
		forgetLastBuiltState();
	}
}
