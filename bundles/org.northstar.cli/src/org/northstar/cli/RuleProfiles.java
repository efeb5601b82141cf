package org.northstar.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.northstar.core.rules.NorthStarRules;

/** Hooks the rule catalog into validation, with the profile given by {@code --rules}, if any. */
final class RuleProfiles {

	private RuleProfiles() {
	}

	static void configure(Path explicitProfile) throws UsageException {
		NorthStarRules.register();
		if (explicitProfile == null) {
			NorthStarRules.clearProfile();
			return;
		}
		if (!Files.isRegularFile(explicitProfile) || !Files.isReadable(explicitProfile)) {
			throw new UsageException("--rules " + explicitProfile + ": no such readable file.");
		}
		NorthStarRules.useProfile(explicitProfile);
	}
}
