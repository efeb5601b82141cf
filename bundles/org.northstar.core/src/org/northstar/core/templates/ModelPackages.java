package org.northstar.core.templates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.core.check.ModelLoader;
import org.northstar.core.check.ModelSource;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;
import org.northstar.model.Team;

/**
 * The packages of a project's models and the teams declared in each: a new model joins the package of
 * the project's files, and its inputs can only be owned by the teams that package sees (files of one
 * package see each other's names).
 */
public final class ModelPackages {

	private final Map<String, List<String>> teams = new LinkedHashMap<>();
	private final Map<String, List<String>> products = new LinkedHashMap<>();
	private final Map<String, Integer> files = new LinkedHashMap<>();

	private ModelPackages() {
	}

	/** Parses the sources with the session's loader (files that cannot be read or parsed are left out). */
	public static ModelPackages read(ModelLoader loader, Collection<? extends ModelSource> sources) {
		ModelPackages packages = new ModelPackages();
		for (XtextResource resource : loader.load(sources, CancelIndicator.NullImpl).resources().values()) {
			for (EObject content : resource.getContents()) {
				if (content instanceof NorthStarModel model && model.getName() != null) {
					packages.add(model);
				}
			}
		}
		return packages;
	}

	private void add(NorthStarModel model) {
		files.merge(model.getName(), 1, Integer::sum);
		collect(teams, model.getName(), model.getTeams().stream().map(Team::getName).toList());
		collect(products, model.getName(), model.getProducts().stream().map(Product::getName).toList());
	}

	private static void collect(Map<String, List<String>> byPackage, String pkg, List<String> names) {
		List<String> known = byPackage.computeIfAbsent(pkg, key -> new ArrayList<>());
		names.stream().filter(name -> name != null && !known.contains(name)).forEach(known::add);
	}

	/**
	 * The package a new model should join: the one that declares the most teams (where the teams file
	 * is), else the one most files use; {@code fallback} when no file names a package.
	 */
	public String usual(String fallback) {
		return files.keySet().stream()
				.max(Comparator.<String>comparingInt(pkg -> teams(pkg).size()).thenComparingInt(files::get))
				.orElse(fallback);
	}

	/** The teams the files of {@code pkg} declare, in the order of the files; empty for an unknown package. */
	public List<String> teams(String pkg) {
		return List.copyOf(teams.getOrDefault(pkg, List.of()));
	}

	/** The products of {@code pkg}: a new product needs another name. */
	public List<String> products(String pkg) {
		return List.copyOf(products.getOrDefault(pkg, List.of()));
	}

	/** No models: nothing declared anywhere. */
	public static ModelPackages none() {
		return new ModelPackages();
	}
}
