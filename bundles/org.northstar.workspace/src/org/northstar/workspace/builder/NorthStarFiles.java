package org.northstar.workspace.builder;

import org.eclipse.core.resources.IResource;
import org.northstar.core.rules.config.RuleProfiles;

/** Which workspace files the build of a North Star project cares about. */
public final class NorthStarFiles {

	/** How model file names end, as the content type {@code org.northstar.ui.northstarSource} and the CLI say. */
	static final String MODEL_SUFFIX = ".northstar";

	private NorthStarFiles() {
	}

	static boolean isModel(IResource resource) {
		return resource.getType() == IResource.FILE && isModelName(resource.getName());
	}

	public static boolean isModelName(String fileName) {
		return fileName.endsWith(MODEL_SUFFIX);
	}

	/** Rule profiles change severities of every model below them, so they are inputs of the build too. */
	static boolean isRuleProfile(IResource resource) {
		return resource.getType() == IResource.FILE && RuleProfiles.FILE_NAME.equals(resource.getName());
	}
}
