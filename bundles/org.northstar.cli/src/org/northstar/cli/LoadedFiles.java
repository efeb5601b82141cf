package org.northstar.cli;

import java.io.PrintWriter;
import java.util.List;

import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.core.check.ModelFiles.ModelFile;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelLoader;
import org.northstar.core.check.LanguageSession;
import org.northstar.core.check.ReadFailure;

/**
 * The files of one command loaded together by the core's loader. A file that cannot be read is
 * that file's problem: the command goes on with the others (and ends with exit code 2).
 */
final class LoadedFiles {

	private LoadedFiles() {
	}

	static LoadedModels<ModelFile> load(LanguageSession session, List<ModelFile> files) {
		return session.get(ModelLoader.class).load(files, CancelIndicator.NullImpl);
	}

	/** One line per file that could not be read; true if there was any. */
	static boolean reportFailures(LoadedModels<ModelFile> loaded, PrintWriter err) {
		for (ReadFailure<ModelFile> failure : loaded.failures()) {
			err.println("northstar: " + failure.source().displayPath() + ": " + failure.message());
		}
		return !loaded.failures().isEmpty();
	}
}
