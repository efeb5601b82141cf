package org.northstar.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.northstar.core.check.LoadedModels;
import org.northstar.core.rules.config.ExplicitProfile;

/** The profile given by {@code --rules}, if any, applied to the validation of the loaded files. */
final class RuleProfiles {

	private RuleProfiles() {
	}

	/** Refuses a profile that cannot be read, before anything is loaded. */
	static void checkReadable(Path explicitProfile) throws UsageException {
		if (explicitProfile != null && (!Files.isRegularFile(explicitProfile) || !Files.isReadable(explicitProfile))) {
			throw new UsageException("--rules " + explicitProfile + ": no such readable file.");
		}
	}

	/** Makes the profile win over those found beside the loaded models, for their validation. */
	static void apply(LoadedModels<?> loaded, Path explicitProfile) {
		if (explicitProfile != null) {
			ExplicitProfile.attach(loaded.resourceSet(), explicitProfile);
		}
	}
}
