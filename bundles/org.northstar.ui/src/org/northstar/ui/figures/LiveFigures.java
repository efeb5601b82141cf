package org.northstar.ui.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/**
 * The figures of the workbench: one {@link ModelFigures} per model file, shared by everything that
 * shows numbers (the dashboard, the diagram), so a what-if set in one shows in the other. Get it
 * from {@code NorthStarUiPlugin.figures()}. A file's figures are loaded when they are first asked
 * for, and again by themselves when a data file (CSV, Parquet, a DuckDB database) or a model of its
 * project changes; they are dropped when their file is deleted, moved or its project closed.
 */
public final class LiveFigures {

	/** Files whose change may change figures: data files and the models (a saved model is a new tree). */
	private static final Set<String> WATCHED = Set.of("csv", "parquet", "duckdb", "db", "northstar");

	private final Map<IFile, ModelFigures> byFile = new ConcurrentHashMap<>();
	private final IResourceChangeListener changes = this::changed;

	public LiveFigures() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(changes, IResourceChangeEvent.POST_CHANGE);
	}

	/** The figures of the model file, made and loaded (in the background) on first call. */
	public ModelFigures figuresOf(IFile modelFile) {
		boolean[] made = new boolean[1];
		ModelFigures figures = byFile.computeIfAbsent(modelFile, file -> {
			made[0] = true;
			ModelFigures created = new ModelFigures(file);
			created.addListener(snapshot -> {
				if (!snapshot.loading()) {
					DataMarkers.show(file, snapshot.errors());
				}
			});
			return created;
		});
		if (made[0]) {
			figures.refresh();
		}
		return figures;
	}

	/** The figures of the file if anything asked for them, else null (nothing is loaded). */
	public ModelFigures existing(IFile modelFile) {
		return byFile.get(modelFile);
	}

	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(changes);
		byFile.values().forEach(ModelFigures::stop);
		byFile.clear();
	}

	private void changed(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null || byFile.isEmpty()) {
			return;
		}
		List<IProject> touched = new ArrayList<>();
		try {
			delta.accept(child -> {
				IResource resource = child.getResource();
				if (resource.getType() == IResource.FILE && WATCHED.contains(String.valueOf(resource.getFileExtension()).toLowerCase())
						&& (child.getKind() != IResourceDelta.CHANGED || (child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)
						&& !touched.contains(resource.getProject())) {
					touched.add(resource.getProject());
				}
				return true;
			});
		} catch (CoreException e) {
			ILog.of(LiveFigures.class).error("A change of the workspace could not be read for the figures.", e);
			return;
		}
		forgetDeletedFiles();
		byFile.values().stream().filter(figures -> touched.contains(figures.file().getProject())).forEach(ModelFigures::refresh);
	}

	/** A deleted, moved or closed model's figures are dropped: kept, they held its data and were loaded again at every change. */
	private void forgetDeletedFiles() {
		byFile.entrySet().removeIf(entry -> {
			if (entry.getKey().exists()) {
				return false;
			}
			entry.getValue().forget();
			return true;
		});
	}
}
