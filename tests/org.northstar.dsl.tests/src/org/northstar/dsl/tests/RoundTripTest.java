package org.northstar.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.northstar.testing.Fixtures;
import org.northstar.testing.NorthStarInjectorProvider;
import org.northstar.testing.Workspace;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Every concept survives text -> model -> text: a copy of the model without
 * any node model is written by the serializer alone, parsed again, and must
 * equal the original.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class RoundTripTest {

	private static final String EVERY_CONCEPT = "every-concept.northstar";

	@Inject
	private Provider<Workspace> workspaces;

	@Inject
	private ISerializer serializer;

	@Test
	void fixtureCoversTheGrammarWithoutErrors() {
		Workspace ws = load();
		List<Issue> issues = ws.issues(EVERY_CONCEPT).stream()
				.filter(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
		assertTrue(issues.isEmpty(), () -> "unexpected errors: " + issues);
	}

	@Test
	void everyConceptSurvivesSerialization() throws IOException {
		Workspace ws = load();
		EObject original = ws.model(EVERY_CONCEPT);
		Resource copyResource = ws.resource(EVERY_CONCEPT).getResourceSet()
				.createResource(URI.createURI("test:/project/copy.northstar"));
		copyResource.getContents().add(EcoreUtil.copy(original));

		String written = serializer.serialize(copyResource.getContents().get(0), SaveOptions.newBuilder().format().getOptions());

		Resource reread = ws.resource(EVERY_CONCEPT).getResourceSet()
				.createResource(URI.createURI("test:/project/reread.northstar"));
		reread.load(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), null);
		EcoreUtil.resolveAll(reread);
		assertTrue(reread.getErrors().isEmpty(), () -> reread.getErrors() + "\n" + written);
		assertTrue(EcoreUtil.equals(original, reread.getContents().get(0)), () -> "not equal after round trip:\n" + written);
	}

	private Workspace load() {
		return workspaces.get()
				.file("shared-teams.northstar", Fixtures.model("shared-teams.northstar"))
				.file(EVERY_CONCEPT, Fixtures.model(EVERY_CONCEPT))
				.load();
	}
}
