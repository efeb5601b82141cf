package org.northstar.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.build.ResolvedResourceDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionDelta;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.testing.NorthStarInjectorProvider;
import org.northstar.testing.Workspace;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** A team's file is validated again when an owner changes in another file (idle-team stays right). */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class TeamRevalidationTest {

	private static final String TEAMS = "package acme\nteam Growth\nteam Billing\n";

	@Inject
	private Provider<Workspace> workspaces;

	@Inject
	private IResourceDescription.Manager manager;

	@Test
	void teamsFileIsAffectedWhenAnOwnerMovesElsewhere() {
		IResourceDescription.Delta ownerMoved = delta("input I { owner Growth }", "input I { owner Billing }");
		assertTrue(manager.isAffected(List.of(ownerMoved), teams(), new ResourceDescriptionsData(List.of())));
	}

	@Test
	void teamsFileIsNotAffectedWhenOnlyWordsChangeElsewhere() {
		IResourceDescription.Delta wordsOnly = delta("input I \"old\" { owner Growth }", "input I \"new\" { owner Growth }");
		assertFalse(manager.isAffected(List.of(wordsOnly), teams(), new ResourceDescriptionsData(List.of())));
	}

	@Test
	void aFileWithoutTeamsIsNotAffectedByAnOwnerMove() {
		IResourceDescription.Delta ownerMoved = delta("input I { owner Growth }", "input I { owner Billing }");
		IResourceDescription other = description("other.northstar", "package acme\nproduct Q { }\n");
		assertFalse(manager.isAffected(List.of(ownerMoved), other, new ResourceDescriptionsData(List.of())));
	}

	@Test
	void aTeamsFileIsNotAffectedByWorkForTeamsItDoesNotDeclare() {
		IResourceDescription.Delta ownerMoved = delta("input I { owner Growth }", "input I { owner Sales }");
		IResourceDescription others = description("others.northstar", "package acme\nteam Sales\n");
		IResourceDescription neither = description("neither.northstar", "package acme\nteam Support\n");
		assertTrue(manager.isAffected(List.of(ownerMoved), others, new ResourceDescriptionsData(List.of())));
		assertFalse(manager.isAffected(List.of(ownerMoved), neither, new ResourceDescriptionsData(List.of())));
	}

	@Test
	void aWorkStreamsTeamCountsAndADeletedFileTakesItsWorkAway() {
		IResourceDescription.Delta teamMoved = delta("workstream W { team Growth }", "workstream W { team acme.Billing }");
		assertTrue(manager.isAffected(List.of(teamMoved), teams(), new ResourceDescriptionsData(List.of())));
		IResourceDescription.Delta deleted = new DefaultResourceDescriptionDelta(description("p.northstar", product("input I { owner Growth }")),
				null);
		assertTrue(manager.isAffected(List.of(deleted), teams(), new ResourceDescriptionsData(List.of())));
	}

	/**
	 * The language server's index keeps a copy of each file's description without its references, which
	 * logs an error with a stack trace when asked for them (a 100k-metric workspace logged thousands a
	 * change). A change is judged by the teams each product names, which the copy keeps: a change of
	 * words revalidates no teams' file (before, every one of them, 3 s a keystroke in that workspace).
	 */
	@Test
	void theLanguageServersCopyWithoutReferencesIsNotAskedForThem() {
		IResourceDescription.Delta wordsOnly = new DefaultResourceDescriptionDelta(indexed(product("input I \"old\" { owner Growth }")),
				indexed(product("input I \"new\" { owner Growth }")));
		assertFalse(manager.isAffected(List.of(wordsOnly), teams(), new ResourceDescriptionsData(List.of())));
		IResourceDescription.Delta ownerMoved = new DefaultResourceDescriptionDelta(indexed(product("input I { owner Growth }")),
				indexed(product("input I { owner Billing }")));
		assertTrue(manager.isAffected(List.of(ownerMoved), teams(), new ResourceDescriptionsData(List.of())));
	}

	/** The file's description as the language server's index keeps it. */
	private IResourceDescription indexed(String text) {
		return new ResolvedResourceDescription(description("p.northstar", text)) {
			@Override
			public Iterable<IReferenceDescription> getReferenceDescriptions() {
				throw new AssertionError("the index's copy was asked for references it does not keep");
			}
		};
	}

	private IResourceDescription teams() {
		return description("teams.northstar", TEAMS);
	}

	private IResourceDescription.Delta delta(String before, String after) {
		return new DefaultResourceDescriptionDelta(description("p.northstar", product(before)),
				description("p.northstar", product(after)));
	}

	private static String product(String body) {
		return "package acme\nproduct P { " + body + " }\n";
	}

	private IResourceDescription description(String file, String text) {
		Workspace ws = workspaces.get().file("teams.northstar", TEAMS).file(file, text).load();
		return manager.getResourceDescription(ws.resource(file));
	}
}
