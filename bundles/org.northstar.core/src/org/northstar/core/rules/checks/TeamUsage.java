package org.northstar.core.rules.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.northstar.model.Input;
import org.northstar.model.NorthStarPackage;
import org.northstar.model.Team;
import org.northstar.model.WorkStream;

/**
 * Whether any file of the project gives a team work. Files loaded in the
 * team's resource set are read live (they may be unsaved); the files that are
 * not loaded are looked up in Xtext's index, which in the language server and
 * the builder covers the whole project.
 */
final class TeamUsage {

	private TeamUsage() {
	}

	static boolean hasWork(Team team) {
		Resource own = team.eResource();
		if (own == null) {
			return false;
		}
		// the team's own file first: where teams are declared beside the products, the answer is there,
		// and a project of many such files is not read (nor its list of files copied) once per team
		if (hasWorkIn(own, team)) {
			return true;
		}
		// a copy: resolving an owner may load another file into the set while we read it
		List<Resource> loaded = own.getResourceSet() == null ? List.of(own) : new ArrayList<>(own.getResourceSet().getResources());
		for (Resource resource : loaded) {
			if (hasWorkIn(resource, team)) {
				return true;
			}
		}
		return hasWorkInIndex(team, loaded.stream().map(Resource::getURI).collect(Collectors.toSet()));
	}

	private static boolean hasWorkIn(Resource resource, Team team) {
		// Every team of the project asks every file: read each file once per change, not once per team.
		if (resource.getContents().isEmpty()) {
			return false;
		}
		return ResourceCaches.get(resource.getContents().get(0), TeamUsage.class, () -> teamsGivenWorkIn(resource))
				.contains(EcoreUtil.getURI(team));
	}

	/**
	 * The teams the file gives work, by URI: a file kept in the cache outlives a new load of the
	 * teams' file (the language server reloads a file that changed), whose teams are new objects.
	 */
	private static Set<URI> teamsGivenWorkIn(Resource resource) {
		Set<URI> teams = new HashSet<>();
		for (var it = resource.getAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof Input input) {
				input.getOwners().forEach(owner -> addUnlessBroken(owner, teams));
			} else if (element instanceof WorkStream workStream && workStream.getTeam() != null) {
				addUnlessBroken(workStream.getTeam(), teams);
			}
		}
		return teams;
	}

	private static void addUnlessBroken(Team team, Set<URI> teams) {
		if (!team.eIsProxy()) {
			teams.add(EcoreUtil.getURI(team));
		}
	}

	private static boolean hasWorkInIndex(Team team, Set<URI> alreadyRead) {
		if (!(team.eResource() instanceof XtextResource resource) || resource.getResourceSet() == null) {
			return false;
		}
		ResourceDescriptionsProvider provider = resource.getResourceServiceProvider().get(ResourceDescriptionsProvider.class);
		if (provider == null) {
			return false;
		}
		IResourceDescriptions index = provider.getResourceDescriptions(resource.getResourceSet());
		URI teamUri = EcoreUtil.getURI(team);
		for (IResourceDescription description : index.getAllResourceDescriptions()) {
			if (alreadyRead.contains(description.getURI())) {
				continue;
			}
			for (IReferenceDescription reference : description.getReferenceDescriptions()) {
				if (teamUri.equals(reference.getTargetEObjectUri()) && givesWork(reference.getEReference())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean givesWork(EReference reference) {
		return reference == NorthStarPackage.Literals.INPUT__OWNERS || reference == NorthStarPackage.Literals.WORK_STREAM__TEAM;
	}
}
