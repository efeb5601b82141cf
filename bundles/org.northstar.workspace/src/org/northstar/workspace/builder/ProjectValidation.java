package org.northstar.workspace.builder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.northstar.core.check.LanguageSession;
import org.northstar.core.check.ModelCheck;
import org.northstar.core.check.Problem;
import org.northstar.core.check.ReadFailure;
import org.northstar.core.rules.RuleIds;
import org.northstar.workspace.NorthStarWorkspace;

/**
 * Checks all models of one project together, with the core's check (the same
 * as {@code northstar validate}), and makes the project's markers say what it
 * found. All markers change in one workspace operation, so the Problems view
 * sees one update per build. What it read goes into the session's index, for
 * the diagram to link its buffer against.
 */
final class ProjectValidation {

	private final IProject project;

	ProjectValidation(IProject project) {
		this.project = project;
	}

	/**
	 * Validates and updates the markers. A failure of the check itself (a bug
	 * of ours) is logged and shown as one error marker on the project; it never
	 * reaches the user as a stack trace.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	void run(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Validating North Star models in " + project.getName(), 10);
		try {
			List<WorkspaceModelSource> sources = ProjectModels.of(project);
			progress.worked(1);
			LanguageSession session = NorthStarWorkspace.session();
			ModelCheck.Result<WorkspaceModelSource> result = session.check().check(sources, session.index(),
					WorkspaceModelSource::version, progress::isCanceled);
			progress.worked(7);
			write(markersOf(result), true, progress.split(2));
		} catch (CancellationException e) {
			throw new OperationCanceledException(e.getMessage());
		} catch (OperationCanceledException e) {
			throw e;
		} catch (RuntimeException | LinkageError | StackOverflowError e) {
			ILog.of(ProjectValidation.class).error("The North Star check of project " + project.getName() + " failed.", e);
			write(Map.of(project, List.of(ProblemMarkers.wholeResource(ProblemMarkers.CHECK_FAILED,
					"The North Star models of this project could not be checked (" + e.getClass().getSimpleName()
							+ "); the error log has the details. The other markers may be out of date."))),
					false, progress.split(2));
		}
	}

	/** The wanted markers of every model (none for a clean one) and none on the project itself. */
	private Map<IResource, List<Map<String, Object>>> markersOf(ModelCheck.Result<WorkspaceModelSource> result) {
		Map<IResource, List<Map<String, Object>>> markers = new LinkedHashMap<>();
		markers.put(project, List.of());
		result.problems().forEach((source, problems) -> markers.put(source.file(),
				problems.stream().map(ProblemMarkers::of).toList()));
		for (ReadFailure<WorkspaceModelSource> failure : result.failures()) {
			markers.put(failure.source().file(),
					List.of(ProblemMarkers.wholeResource(RuleIds.SYNTAX, "The file " + failure.message())));
		}
		return markers;
	}

	/**
	 * Gives each resource its wanted markers. After a complete check, markers
	 * of resources that are no longer models (e.g. renamed to .txt) go too;
	 * after a failed one, the models keep what the last good check said.
	 */
	private void write(Map<IResource, List<Map<String, Object>>> markers, boolean complete, IProgressMonitor monitor)
			throws CoreException {
		project.getWorkspace().run(m -> {
			ProblemMarkers.replace(markers);
			if (complete) {
				ProblemMarkers.deleteAllBut(project, markers.keySet());
			}
		}, project, IWorkspace.AVOID_UPDATE, monitor);
	}
}
