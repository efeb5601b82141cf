package org.northstar.ui.figures;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.northstar.core.rules.RuleData;
import org.northstar.metrics.Measurements;
import org.northstar.model.Product;
import org.northstar.workspace.builder.Revalidation;
import org.northstar.ui.lsp.DocumentSync;

/**
 * The live figures as the data of the rules over data ({@code guardrail-breached}, {@code weak-driver},
 * ...) in every validation of the workbench's session: the builder's (Problems view), the language
 * server's (the source editor) and the diagram's (its badges). A model's figures are loaded, in the
 * background, the first time a validation asks for them; when a load brings data other than what
 * was judged, the model's project is validated again, so the markers follow the data.
 */
public final class FiguresForRules implements RuleData.Source {

	private final Supplier<LiveFigures> live;
	private final Set<ModelFigures> followed = ConcurrentHashMap.newKeySet();
	/** The data each model's last snapshot brought, to tell a reload with new figures from one with the same. */
	private final Map<IFile, Map<String, Measurements>> seen = new ConcurrentHashMap<>();

	public FiguresForRules(Supplier<LiveFigures> live) {
		this.live = live;
	}

	@Override
	public Optional<Measurements> of(URI model, Product product) {
		IFile file = fileOf(model);
		if (file == null) {
			return Optional.empty();
		}
		ModelFigures figures;
		try {
			figures = live.get().figuresOf(file);
		} catch (IllegalStateException e) {
			return Optional.empty(); // the plug-in stopped: the workbench is closing
		}
		if (followed.add(figures)) {
			figures.addListener(snapshot -> loaded(figures, snapshot));
		}
		return Optional.ofNullable(figures.measurements().get(product.getName()));
	}

	private void loaded(ModelFigures figures, FiguresSnapshot snapshot) {
		if (snapshot.loading()) {
			return;
		}
		Map<String, Measurements> now = figures.measurements();
		Map<String, Measurements> before = seen.put(figures.file(), now);
		if (!same(before, now)) {
			new Revalidation(figures.file().getProject()).schedule();
			if (figures.file().getLocationURI() != null) {
				DocumentSync open = DocumentSync.of(java.nio.file.Path.of(figures.file().getLocationURI()).toAbsolutePath().normalize());
				if (open != null) {
					open.revalidate();
				}
			}
		}
	}

	private static boolean same(Map<String, Measurements> before, Map<String, Measurements> now) {
		if (before == null || !before.keySet().equals(now.keySet())) {
			return false;
		}
		for (Map.Entry<String, Measurements> product : now.entrySet()) {
			Measurements old = before.get(product.getKey());
			if (old != product.getValue() && !(old.names().equals(product.getValue().names())
					&& old.names().stream().allMatch(name -> Objects.equals(old.of(name), product.getValue().of(name))))) {
				return false;
			}
		}
		return true;
	}

	/** The workspace file of a model URI: a file URI of its location, or a platform resource URI. */
	static IFile fileOf(URI uri) {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (uri.isPlatformResource()) {
			return root.getFile(new Path(uri.toPlatformString(true)));
		}
		if (uri.isFile()) {
			IFile[] files = root.findFilesForLocationURI(java.net.URI.create(uri.toString()));
			return files.length == 0 ? null : files[0];
		}
		return null;
	}
}
