package org.northstar.dsl.ide.hover;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.northstar.model.Input;
import org.northstar.model.Team;
import org.northstar.model.WorkStream;

import com.google.inject.Inject;

/**
 * What a team owns across the project: the inputs that name it as owner and the work streams it
 * runs. Files open in the editor are read as they are now; the others through the index, whose
 * references say which element of which file points at the team.
 */
public class TeamWork {

	/** Names of what a team works on, sorted. */
	public record Work(Set<String> inputs, Set<String> workStreams) {
	}

	@Inject
	private ResourceDescriptionsProvider indexes;

	public Work of(Team team) {
		Work work = new Work(new TreeSet<>(), new TreeSet<>());
		ResourceSet resourceSet = team.eResource() == null ? null : team.eResource().getResourceSet();
		if (resourceSet == null) {
			return work;
		}
		List<Resource> loaded = new ArrayList<>(resourceSet.getResources());
		loaded.forEach(resource -> resource.getAllContents().forEachRemaining(element -> add(work, element, team)));
		Set<URI> read = new HashSet<>();
		loaded.forEach(resource -> read.add(resource.getURI()));
		URI teamUri = EcoreUtil.getURI(team);
		for (IResourceDescription file : indexes.getResourceDescriptions(resourceSet).getAllResourceDescriptions()) {
			if (read.contains(file.getURI())) {
				continue;
			}
			for (IReferenceDescription reference : file.getReferenceDescriptions()) {
				if (teamUri.equals(reference.getTargetEObjectUri())) {
					add(work, resourceSet.getEObject(reference.getSourceEObjectUri(), true), team);
				}
			}
		}
		return work;
	}

	private static void add(Work work, EObject element, Team team) {
		if (element instanceof Input input && input.getOwners().contains(team)) {
			work.inputs().add(input.getName());
		} else if (element instanceof WorkStream workStream && workStream.getTeam() == team) {
			work.workStreams().add(workStream.getName());
		}
	}
}
