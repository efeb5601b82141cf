package org.northstar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.cli.ModelFiles.ModelFile;
import org.northstar.core.check.LanguageSession;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelValidation;
import org.northstar.core.check.Problem;
import org.northstar.core.report.ReportedProduct;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.data.DataException;
import org.northstar.metrics.data.DataSettings;
import org.northstar.metrics.data.DataSources;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;
import org.northstar.model.Team;

/**
 * The models named for {@code export}, each product with its findings, tree and dashboard. The other
 * models of each named file's folder are read too (names resolve, the rules see the whole project),
 * as by {@code validate}; a named model with syntax errors stops the export (nothing is written); a
 * product whose data cannot be loaded is reported without figures, the problems printed.
 */
final class ReportedModels {

	/** One named file: its model and the report of each of its products. */
	record Exported(ModelFile file, NorthStarModel model, List<Problem> problems, List<ReportedProduct> products) {
	}

	record Loaded(List<Exported> files, List<Team> teams, int code) {

		List<ReportedProduct> products() {
			return files.stream().flatMap(f -> f.products().stream()).toList();
		}
	}

	private ReportedModels() {
	}

	static Loaded load(LanguageSession session, List<String> paths, DataSettings settings, PrintWriter err) {
		ModelFiles.Collected collected = ModelFiles.collect(paths);
		collected.problems().forEach(problem -> err.println("northstar: " + problem));
		int code = collected.problems().isEmpty() ? Main.OK : Main.TROUBLE;
		Set<Path> named = collected.files().stream().map(f -> real(f.path())).collect(Collectors.toSet());
		LoadedModels<ModelFile> loaded = LoadedFiles.load(session, QuantifiedModels.withNeighbours(collected.files()));
		if (LoadedFiles.reportFailures(loaded, err)) {
			code = Main.TROUBLE;
		}
		Map<ModelFile, List<Problem>> problems = session.get(ModelValidation.class).validate(loaded, CancelIndicator.NullImpl);
		IQualifiedNameProvider names = session.get(IQualifiedNameProvider.class);
		List<Exported> files = new ArrayList<>();
		List<Team> teams = new ArrayList<>();
		for (Map.Entry<ModelFile, XtextResource> entry : loaded.resources().entrySet()) {
			if (entry.getValue().getContents().isEmpty()) {
				continue;
			}
			NorthStarModel model = (NorthStarModel) entry.getValue().getContents().get(0);
			teams.addAll(model.getTeams());
			if (!named.contains(real(entry.getKey().path()))) {
				continue;
			}
			String file = entry.getKey().displayPath();
			List<Problem> found = problems.getOrDefault(entry.getKey(), List.of());
			if (found.stream().anyMatch(p -> p.ruleId().equals(Problem.SYNTAX))) {
				err.println("northstar: " + file + " has syntax errors; fix them first (northstar validate " + file + " lists them). Nothing was written.");
				code = Math.max(code, Main.FINDINGS);
				continue;
			}
			List<ReportedProduct> products = new ArrayList<>();
			for (Product product : model.getProducts()) {
				products.add(ReportedProduct.of(file, product, found, data(product, settings, err), null, e -> name(names, e)));
			}
			files.add(new Exported(entry.getKey(), model, found, products));
		}
		for (ModelFile notText : loaded.notText().keySet()) {
			if (named.contains(real(notText.path()))) {
				err.println("northstar: " + notText.displayPath() + ": " + loaded.notText().get(notText).message() + " Nothing was written.");
				code = Math.max(code, Main.FINDINGS);
			}
		}
		return new Loaded(files, teams, code);
	}

	private static Measurements data(Product product, DataSettings settings, PrintWriter err) {
		if (product.getDataSource() == null) {
			return Measurements.none();
		}
		try {
			return DataSources.load(product, settings);
		} catch (DataException e) {
			e.problems().forEach(problem -> err.println("northstar: " + problem));
			err.println("northstar: " + product.getName() + " is exported without figures: its data could not be loaded (a load is all or nothing).");
			return Measurements.none();
		}
	}

	/** An element's key as the findings name it: its qualified name. */
	static String name(IQualifiedNameProvider names, EObject element) {
		QualifiedName name = names.getFullyQualifiedName(element);
		return name == null ? "" : name.toString();
	}

	private static Path real(Path path) {
		return path.toAbsolutePath().normalize();
	}
}
