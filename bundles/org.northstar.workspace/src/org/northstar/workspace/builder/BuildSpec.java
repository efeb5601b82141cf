package org.northstar.workspace.builder;

import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.CoreException;

/** Adds a builder to a project's build spec (.project's buildSpec) and removes it, leaving the others as they are. */
final class BuildSpec {

	private BuildSpec() {
	}

	static void add(IProject project, String builderId) throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		if (Arrays.stream(commands).anyMatch(command -> builderId.equals(command.getBuilderName()))) {
			return;
		}
		ICommand command = description.newCommand();
		command.setBuilderName(builderId);
		description.setBuildSpec(Stream.concat(Arrays.stream(commands), Stream.of(command)).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	static void remove(IProject project, String builderId) throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		ICommand[] kept = Arrays.stream(commands).filter(command -> !builderId.equals(command.getBuilderName()))
				.toArray(ICommand[]::new);
		if (kept.length != commands.length) {
			description.setBuildSpec(kept);
			project.setDescription(description, null);
		}
	}
}
