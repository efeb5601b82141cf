package org.northstar.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.cli.ModelFiles.ModelFile;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelValidation;
import org.northstar.core.check.Problem;
import org.northstar.core.scene.FileScene;
import org.northstar.core.scene.Scene;
import org.northstar.core.scene.SceneFigures;
import org.northstar.core.scene.SceneFiles;
import org.northstar.core.scene.TreeScene;
import org.northstar.metrics.ComputedStatus;
import org.northstar.model.NorthStarModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Draw the North Star trees of a model as SVG or PNG, with the rules' badges; needs no display.",
				"The other .northstar files of its folder are read too, so that names defined there resolve.",
				"A product with data shows its figures: each metric's value, unit, trend, status and sparkline, each edge's r." })
final class ExportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private Main main;

	@Option(names = "--format", paramLabel = "svg|png", defaultValue = "svg", description = "Picture format (default: ${DEFAULT-VALUE}).")
	private String format;

	@Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: the model's name with .svg or .png, beside it).")
	private Path out;

	@Option(names = "--scale", paramLabel = "FACTOR", defaultValue = "2", description = "Pixels per diagram unit for PNG (default: ${DEFAULT-VALUE}).")
	private double scale;

	@Option(names = "--no-values", description = "Draw the trees without the figures of the products' data (and load no data).")
	private boolean noValues;

	@Mixin
	private DataOptions dataOptions;

	@Parameters(arity = "1", paramLabel = "FILE", description = "The .northstar file to draw.")
	private Path file;

	@Override
	public Integer call() throws UsageException {
		if (!format.equals("svg") && !format.equals("png")) {
			throw new UsageException("unknown format '" + format + "'; use svg or png.");
		}
		if (!Files.isRegularFile(file)) {
			throw new UsageException(file + ": no such file.");
		}
		Path folder = file.toAbsolutePath().normalize().getParent();
		ModelFiles.Collected collected = ModelFiles.collect(List.of(folder.toString()));
		LoadedModels<ModelFile> loaded = LoadedFiles.load(main.session(), collected.files());
		Map.Entry<ModelFile, XtextResource> drawn = loaded.resources().entrySet().stream()
				.filter(entry -> entry.getKey().path().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()))
				.findFirst().orElseThrow(() -> new UsageException(file + ": not a .northstar model."));
		// the data first: the rules over data then badge the same figures that are drawn
		boolean dataLoaded = noValues || DataForRules.attach(List.of(drawn.getValue()), dataOptions.settings(), spec.commandLine().getErr());
		List<Problem> problems = main.session().get(ModelValidation.class)
				.validate(loaded, CancelIndicator.NullImpl).getOrDefault(drawn.getKey(), List.of());
		if (problems.stream().anyMatch(p -> p.ruleId().equals("syntax"))) {
			spec.commandLine().getErr().println("northstar: " + file + " has syntax errors; fix them first (northstar validate "
					+ file + " lists them). Nothing was written.");
			return Main.FINDINGS;
		}
		NorthStarModel model = (NorthStarModel) drawn.getValue().getContents().get(0);
		if (model.getProducts().isEmpty()) {
			throw new UsageException(file + ": holds no product, so there is no tree to draw.");
		}
		SceneFigures figures = SceneFigures.of(model.getProducts().stream().map(ComputedStatus::of).flatMap(Optional::stream).toList());
		Scene scene = scene(model, problems, figures);
		Path target = out != null ? out : defaultOut();
		write(scene, target);
		spec.commandLine().getOut().println(target);
		return dataLoaded ? Main.OK : Main.TROUBLE;
	}

	private Scene scene(NorthStarModel model, List<Problem> problems, SceneFigures figures) {
		IQualifiedNameProvider names = main.session().get(IQualifiedNameProvider.class);
		Map<String, List<Problem>> byElement = problems.stream().filter(p -> p.element() != null)
				.collect(Collectors.groupingBy(Problem::element));
		TreeScene trees = new TreeScene(element -> byElement.getOrDefault(name(names, element), List.of()),
				element -> name(names, element), element -> false, figures);
		return FileScene.of(model, trees);
	}

	private static String name(IQualifiedNameProvider names, EObject element) {
		QualifiedName name = names.getFullyQualifiedName(element);
		return name == null ? "" : name.toString();
	}

	private Path defaultOut() {
		String name = file.getFileName().toString().replaceFirst("\\.northstar$", "");
		return file.toAbsolutePath().resolveSibling(name + "." + format);
	}

	private void write(Scene scene, Path target) throws UsageException {
		try {
			SceneFiles.write(scene, target, SceneFiles.Format.valueOf(format.toUpperCase()), scale);
		} catch (IOException e) {
			throw new UsageException(target + ": cannot be written (" + e.getMessage() + ").");
		}
	}
}
