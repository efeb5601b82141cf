package org.northstar.ui.figures;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.northstar.ui.NorthStarUiPlugin;

/**
 * Loads a model's figures in the background, shown in the Progress view. The load itself runs on a
 * thread of its own, so that cancelling answers at once even while a database query or a login
 * waits for its timeout: the job ends as cancelled, the abandoned load's result is dropped and the
 * last good figures stay.
 */
public final class FiguresJob extends Job {

	/** The family of every figures job, for {@code Job.getJobManager().join(FAMILY, monitor)}. */
	public static final Object FAMILY = FiguresJob.class;

	private final ModelFigures figures;

	FiguresJob(ModelFigures figures) {
		super("Loading the figures of " + figures.file().getName());
		this.figures = figures;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		figures.loadStarted();
		figures.publish();
		AtomicBoolean abandoned = new AtomicBoolean();
		CompletableFuture<FiguresLoad.Result> load = new CompletableFuture<>();
		Thread worker = new Thread(() -> {
			try {
				load.complete(FiguresLoad.run(NorthStarUiPlugin.session(), figures.file(), abandoned::get));
			} catch (RuntimeException | LinkageError e) {
				load.completeExceptionally(e);
			}
		}, "North Star figures of " + figures.file().getFullPath());
		worker.setDaemon(true);
		worker.start();
		try {
			while (true) {
				if (monitor.isCanceled()) {
					abandoned.set(true);
					figures.loadFinished(null);
					return Status.CANCEL_STATUS;
				}
				try {
					figures.loadFinished(load.get(100, TimeUnit.MILLISECONDS));
					return Status.OK_STATUS;
				} catch (TimeoutException e) {
					// still loading: look at the monitor again
				}
			}
		} catch (InterruptedException e) {
			abandoned.set(true);
			Thread.currentThread().interrupt();
			figures.loadFinished(null);
			return Status.CANCEL_STATUS;
		} catch (ExecutionException e) {
			ILog.of(FiguresJob.class).error("Loading the figures of " + figures.file().getFullPath() + " failed.", e.getCause());
			figures.loadFinished(FiguresLoad.unread("the figures could not be loaded (" + e.getCause().getClass().getSimpleName()
					+ "); the error log has the details."));
			return Status.OK_STATUS;
		} finally {
			monitor.done();
		}
	}
}
