package org.northstar.dsl.resource;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.ResolvedResourceDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.northstar.model.NorthStarPackage;

/**
 * Whether a team is idle depends on files that point at it, not on the team's
 * own file: when another file starts or stops referring to something, the
 * files that declare teams are validated again, so their markers stay right
 * (in the language server and in any incremental build).
 */
public class TeamAwareDescriptionManager extends DefaultResourceDescriptionManager {

	@Override
	public boolean isAffected(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		if (super.isAffected(deltas, candidate, context)) {
			return true;
		}
		if (!declaresTeams(candidate)) {
			return false;
		}
		for (IResourceDescription.Delta delta : deltas) {
			if (!delta.getUri().equals(candidate.getURI()) && referencesChanged(delta)) {
				return true;
			}
		}
		return false;
	}

	private static boolean declaresTeams(IResourceDescription description) {
		return description.getExportedObjectsByType(NorthStarPackage.Literals.TEAM).iterator().hasNext();
	}

	private static boolean referencesChanged(IResourceDescription.Delta delta) {
		if (delta.getOld() == null || delta.getNew() == null) {
			return true;
		}
		if (delta.getOld() instanceof ResolvedResourceDescription || delta.getNew() instanceof ResolvedResourceDescription) {
			// the language server's index keeps no file's references (asked, it logs an error with a stack trace:
			// thousands a keystroke in a large workspace), so they may have changed
			return true;
		}
		return !targets(delta.getOld()).equals(targets(delta.getNew()));
	}

	private static Set<URI> targets(IResourceDescription description) {
		Set<URI> targets = new HashSet<>();
		for (IReferenceDescription reference : description.getReferenceDescriptions()) {
			targets.add(reference.getTargetEObjectUri());
		}
		return targets;
	}
}
