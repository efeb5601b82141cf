package org.northstar.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.northstar.core.rules.RuleIds;

/** Cancelling a build (the Progress view's red button) stops the check, and the next build catches up. */
class CancellationTest {

	/**
	 * Says "cancelled" only when the North Star check asks, as if the user
	 * pressed the button right then: the builder gets that far, and it is
	 * the check's own cancellation that must stop it.
	 */
	private static final class CancelsWhenTheCheckAsks extends NullProgressMonitor {
		private boolean asked;

		@Override
		public boolean isCanceled() {
			asked |= StackWalker.getInstance()
					.walk(frames -> frames.anyMatch(frame -> frame.getClassName().startsWith("org.northstar.core.check.")));
			return asked;
		}
	}

	@RegisterExtension
	final Projects projects = new Projects();

	@Test
	void aCancelledBuildLeavesNoMarkersAndTheNextBuildChecksTheChanges() throws CoreException {
		TestProject project = projects.withNature("cancel");
		project.fullBuild();
		project.write(Models.TEAMS_FILE, Models.TEAMS);
		project.write(Models.PRODUCT_FILE, Models.PRODUCT);
		CancelsWhenTheCheckAsks monitor = new CancelsWhenTheCheckAsks();
		assertThrows(OperationCanceledException.class,
				() -> project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, monitor));
		assertTrue(monitor.asked, "the check never asked whether it was cancelled");
		assertEquals(List.of(), project.allMarkers());

		project.incrementalBuild();
		assertEquals(1, project.markers(Models.PRODUCT_FILE, RuleIds.UNOWNED_INPUT).size());
	}
}
