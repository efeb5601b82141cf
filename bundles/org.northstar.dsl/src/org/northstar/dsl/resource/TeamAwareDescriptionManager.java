package org.northstar.dsl.resource;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.northstar.model.NorthStarPackage;

/**
 * Whether a team is idle depends on files that point at it, not on the team's
 * own file: when another file starts or stops giving work to a team, the files
 * that declare a team of that name are validated again, so their markers stay
 * right (in the language server and in any incremental build). Which teams a
 * file gives work comes from its exported products ({@link TeamsGivenWork}):
 * the language server's index keeps no file's references, so a change judged
 * by them would have to count as touching every team of the project.
 */
public class TeamAwareDescriptionManager extends DefaultResourceDescriptionManager {

	@Override
	public boolean isAffected(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		if (super.isAffected(deltas, candidate, context)) {
			return true;
		}
		Set<String> declared = null;
		for (IResourceDescription.Delta delta : deltas) {
			if (delta.getUri().equals(candidate.getURI())) {
				continue;
			}
			Set<String> moved = teamsWhoseWorkChanged(delta);
			if (moved.isEmpty()) {
				continue;
			}
			if (declared == null) {
				declared = teamsDeclaredIn(candidate);
			}
			if (moved.stream().anyMatch(declared::contains)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The simple names of the teams the file gave work before the change or gives after it, not both:
	 * whether a team is idle depends on whether any file gives it work, not on which product does.
	 */
	private static Set<String> teamsWhoseWorkChanged(IResourceDescription.Delta delta) {
		Set<String> before = teamsGivenWorkBy(delta.getOld());
		Set<String> after = teamsGivenWorkBy(delta.getNew());
		Set<String> changed = new HashSet<>(before);
		changed.addAll(after);
		before.retainAll(after);
		changed.removeAll(before);
		return changed;
	}

	private static Set<String> teamsGivenWorkBy(IResourceDescription description) {
		Set<String> teams = new HashSet<>();
		if (description != null) {
			for (IEObjectDescription product : description.getExportedObjectsByType(NorthStarPackage.Literals.PRODUCT)) {
				teams.addAll(TeamsGivenWork.of(product));
			}
		}
		return teams;
	}

	private static Set<String> teamsDeclaredIn(IResourceDescription candidate) {
		Set<String> teams = new HashSet<>();
		for (IEObjectDescription team : candidate.getExportedObjectsByType(NorthStarPackage.Literals.TEAM)) {
			teams.add(team.getQualifiedName().getLastSegment());
		}
		return teams;
	}
}
