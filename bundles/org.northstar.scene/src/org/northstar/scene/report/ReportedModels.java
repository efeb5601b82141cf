package org.northstar.scene.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.core.check.DataForRules;
import org.northstar.core.check.LanguageSession;
import org.northstar.core.check.ModelFiles;
import org.northstar.core.check.ModelFiles.ModelFile;
import org.northstar.core.check.ModelLoader;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelValidation;
import org.northstar.core.check.Problem;
import org.northstar.core.rules.RuleIds;
import org.northstar.metrics.Calculator;
import org.northstar.metrics.ComputedStatus;
import org.northstar.metrics.Measurements;
import org.northstar.metrics.ProductStatus;
import org.northstar.metrics.data.DataSettings;
import org.northstar.model.NorthStarModel;
import org.northstar.model.Product;
import org.northstar.model.Team;

/**
 * The models named for an export ({@code northstar export}, the studio's export wizard), each product
 * with its findings, tree and dashboard. The other models of each named file's folder are read too
 * (names resolve, the rules see the whole project), as by {@code validate}; a named model with syntax
 * errors is left out (nothing of it is written); a product whose data cannot be loaded is reported
 * without figures. Every problem is one message, for the host to show.
 */
public final class ReportedModels {

	/** One named file: its model and the report of each of its products. */
	public record Exported(ModelFile file, NorthStarModel model, List<Problem> problems, List<ReportedProduct> products) {
	}

	/**
	 * @param trouble  a path or a file could not be read
	 * @param findings a named model has errors and is left out
	 */
	public record Loaded(List<Exported> files, List<Team> teams, boolean trouble, boolean findings) {

		public List<ReportedProduct> products() {
			return files.stream().flatMap(f -> f.products().stream()).toList();
		}
	}

	private ReportedModels() {
	}

	/**
	 * Loads the named paths (files, or folders searched) with the session's language (and the other
	 * models of their folders, for names); with {@code values}, each named product's data, attached
	 * before the rules run so that the data rules judge the figures the report shows (a product whose
	 * data cannot be loaded is reported without figures, and the result says there was trouble); then
	 * validates them. {@code messages} hears each problem.
	 */
	public static Loaded load(LanguageSession session, List<String> paths, DataSettings settings, boolean values,
			Consumer<String> messages) {
		return load(session, ModelFiles.collect(paths), settings, values, messages);
	}

	/** Loads files already collected (a host that names them its own way, e.g. relative to their project). */
	public static Loaded load(LanguageSession session, ModelFiles.Collected collected, DataSettings settings, boolean values,
			Consumer<String> messages) {
		collected.problems().forEach(messages);
		boolean trouble = !collected.problems().isEmpty();
		boolean findings = false;
		Set<Path> named = collected.files().stream().map(ModelFile::real).collect(Collectors.toSet());
		LoadedModels<ModelFile> loaded = session.get(ModelLoader.class).load(ModelFiles.withNeighbours(collected.files()), CancelIndicator.NullImpl);
		for (var failure : loaded.failures()) {
			messages.accept(failure.source().displayPath() + ": " + failure.message());
			trouble = true;
		}
		if (values) {
			List<XtextResource> namedResources = loaded.resources().entrySet().stream()
					.filter(entry -> named.contains(entry.getKey().real())).map(Map.Entry::getValue).toList();
			trouble |= !DataForRules.attach(namedResources, settings, messages);
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
			if (!named.contains(entry.getKey().real())) {
				continue;
			}
			String file = entry.getKey().displayPath();
			List<Problem> found = problems.getOrDefault(entry.getKey(), List.of());
			if (found.stream().anyMatch(p -> p.ruleId().equals(RuleIds.SYNTAX))) {
				messages.accept(file + " has syntax errors; fix them first (northstar validate " + file + " lists them). Nothing was written.");
				findings = true;
				continue;
			}
			List<ReportedProduct> products = new ArrayList<>();
			for (Product product : model.getProducts()) {
				ProductStatus status = ComputedStatus.of(product)
						.orElseGet(() -> ProductStatus.of(product, new Calculator(Measurements.none()), null));
				products.add(ReportedProduct.of(file, product, found, status, values, e -> name(names, e)));
			}
			files.add(new Exported(entry.getKey(), model, found, products));
		}
		for (ModelFile notText : loaded.notText().keySet()) {
			if (named.contains(notText.real())) {
				messages.accept(notText.displayPath() + ": " + loaded.notText().get(notText).message() + " Nothing was written.");
				findings = true;
			}
		}
		return new Loaded(files, teams, trouble, findings);
	}

	/** An element's key as the findings name it: its qualified name. */
	public static String name(IQualifiedNameProvider names, EObject element) {
		QualifiedName name = names.getFullyQualifiedName(element);
		return name == null ? "" : name.toString();
	}
}
