package org.northstar.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.northstar.testing.Fixtures;
import org.northstar.testing.NorthStarInjectorProvider;
import org.northstar.testing.Workspace;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The formatter on every sample model: stable, and faithful to what the model says. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NorthStarInjectorProvider.class)
class FormatterFixturesTest {

	@Inject
	private Provider<Workspace> workspaces;

	@Inject
	private Formatting formatting;

	// A model that does not parse or link would make the other checks meaningless.
	@ParameterizedTest
	@FieldSource("org.northstar.testing.Fixtures#ALL")
	void modelParsesAndLinks(String model) {
		List<Diagnostic> errors = project(false).resource(model).getErrors();
		assertTrue(errors.isEmpty(), () -> model + ": " + errors);
	}

	@ParameterizedTest
	@FieldSource("org.northstar.testing.Fixtures#ALL")
	void formattingTwiceChangesNothing(String model) {
		String once = formatting.format(Fixtures.model(model));
		assertEquals(once, formatting.format(once), model);
	}

	@Test
	void formattedModelsMeanTheSameAsTheOriginals() {
		Workspace original = project(false);
		Workspace formatted = project(true);
		for (String model : Fixtures.ALL) {
			assertTrue(new EcoreUtil.EqualityHelper().equals(original.model(model), formatted.model(model)),
					() -> model + " means something else once formatted:\n" + formatting.format(Fixtures.model(model)));
		}
	}

	/** All models in one resource set, so that names resolve across files. */
	private Workspace project(boolean formatted) {
		Workspace workspace = workspaces.get();
		for (String model : Fixtures.ALL) {
			String text = Fixtures.model(model);
			workspace.file(model, formatted ? formatting.format(text) : text);
		}
		return workspace.load();
	}
}
