package org.northstar.benchmarks;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.core.check.LanguageSession;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelCheck;
import org.northstar.core.check.ModelLoader;
import org.northstar.core.check.ModelSource;
import org.northstar.core.rules.Severity;

/** What the command line does with a folder: parse and link every file together, then validate them. */
final class Loading {

	private Loading() {
	}

	static LoadedModels<ModelSource> load(LanguageSession session, List<Path> files) {
		return session.get(ModelLoader.class).load(sources(files), CancelIndicator.NullImpl);
	}

	static ModelCheck.Result<ModelSource> loadAndValidate(LanguageSession session, List<Path> files) {
		ModelCheck.Result<ModelSource> result = session.check().check(sources(files), CancelIndicator.NullImpl);
		if (!result.failures().isEmpty()) {
			throw new IllegalStateException("unreadable benchmark files: " + result.failures());
		}
		return result;
	}

	static long errors(ModelCheck.Result<ModelSource> result) {
		return result.problems().values().stream().flatMap(List::stream)
				.filter(problem -> problem.severity() == Severity.ERROR).count();
	}

	private static List<ModelSource> sources(List<Path> files) {
		return files.stream().map(ModelSource::ofFile).toList();
	}
}
