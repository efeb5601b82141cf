import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.core.check.LanguageSession;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelLoader;
import org.northstar.core.check.ModelSource;
import org.northstar.core.check.ModelValidation;
import org.northstar.core.check.Problem;
import org.northstar.core.rules.RuleIds;
import org.northstar.dsl.NorthStarStandaloneSetup;
import org.northstar.dsl.formatting2.DuplicatedClauses;

import com.google.inject.Injector;

/**
 * The fuzz target of {@code ./northstar fuzz} (Jazzer): one input is one model file, loaded,
 * linked, validated with every rule and formatted. Jazzer reports anything thrown; a problem that
 * says North Star failed on the file, a rule that failed, or an input under 100 KB that takes more
 * than a second are findings too.
 */
public final class ModelFuzz {

	/** An input under 100 KB taking longer is a finding. */
	private static final long SLOW_NANOS = FuzzLimits.slowNanos();

	/** The fuzzing process's one language session. */
	private static final Injector INJECTOR = LanguageSession.start(new NorthStarStandaloneSetup()).injector();
	private static final ModelLoader LOADER = INJECTOR.getInstance(ModelLoader.class);
	private static final ModelValidation VALIDATION = INJECTOR.getInstance(ModelValidation.class);

	/** Whether the seeds ran: until then the time of an input is mostly class loading. */
	private static boolean warm;

	private ModelFuzz() {
	}

	/** Runs the seeds once, so that class loading does not count against the first input's time. */
	public static void fuzzerInitialize() throws IOException {
		try (DirectoryStream<Path> seeds = Files.newDirectoryStream(Path.of(System.getProperty("northstar.fuzz.seeds")))) {
			for (Path seed : seeds) {
				fuzzerTestOneInput(Files.readAllBytes(seed));
			}
		}
		warm = true;
	}

	public static void fuzzerTestOneInput(byte[] data) {
		long start = System.nanoTime();
		ModelSource source = ModelSource.of(URI.createURI("file:/fuzz/model.northstar"), data);
		LoadedModels<ModelSource> loaded = LOADER.load(List.of(source), CancelIndicator.NullImpl);
		for (List<Problem> problems : VALIDATION.validate(loaded, CancelIndicator.NullImpl).values()) {
			for (Problem problem : problems) {
				if (problem.ruleId().equals(RuleIds.INTERNAL_ERROR) || problem.message().contains("Error executing EValidator")) {
					throw new IllegalStateException(problem.message());
				}
			}
		}
		for (XtextResource resource : loaded.resources().values()) {
			if (!resource.getParseResult().getSyntaxErrors().iterator().hasNext() && DuplicatedClauses.first(resource) == null) {
				FormatterRequest request = INJECTOR.getInstance(FormatterRequest.class);
				request.setTextRegionAccess(INJECTOR.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create());
				INJECTOR.getInstance(IFormatter2.class).format(request);
			}
		}
		long nanos = System.nanoTime() - start;
		if (warm && data.length < 100 * 1024 && nanos > SLOW_NANOS) {
			throw new IllegalStateException("took " + nanos / 1_000_000 + " ms for " + data.length + " bytes");
		}
	}
}
