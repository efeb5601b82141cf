package org.northstar.cli;

import java.util.List;

import org.eclipse.xtext.util.CancelIndicator;
import org.northstar.cli.ModelFiles.ModelFile;
import org.northstar.core.check.LoadedModels;
import org.northstar.core.check.ModelLoader;
import org.northstar.core.check.NorthStarLanguage;
import org.northstar.core.check.ReadFailure;

/** The files of one command loaded together by the core's loader; a file that cannot be read stops the command. */
final class LoadedFiles {

	private LoadedFiles() {
	}

	static LoadedModels<ModelFile> load(List<ModelFile> files) throws UsageException {
		LoadedModels<ModelFile> loaded = NorthStarLanguage.injector().getInstance(ModelLoader.class).load(files,
				CancelIndicator.NullImpl);
		if (!loaded.failures().isEmpty()) {
			ReadFailure<ModelFile> first = loaded.failures().get(0);
			throw new UsageException(first.source().displayPath() + ": " + first.message());
		}
		return loaded;
	}
}
